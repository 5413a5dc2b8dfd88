package org.gongzhi.voting.tally;

import java.util.Map;

/**
 * What the current ballots of one vote add up to: the electorate, who cast a ballot, each answer, the silent
 * electors whose ballot paper was delivered (for the silence clause), and how often each option was chosen.
 */
public record BallotCounts(Figures electorate, Figures cast, Figures agree, Figures disagree,
        Figures silentDelivered, Map<Integer, Long> optionCounts) {

    public BallotCounts {
        optionCounts = Map.copyOf(optionCounts);
    }
}
