package org.gongzhi.voting.vote;

import org.gongzhi.shared.domain.Refused;
import org.gongzhi.voting.VoteState;

/**
 * A step or ballot the vote does not allow now (a second ballot, a closed vote); the code names the message a
 * person reads, the exception message says the same in plain English for logs. The API answers 409.
 */
public class VoteRefused extends Refused {

    public VoteRefused(String code, String english, Object... args) {
        super(code, english, args);
    }

    public static VoteRefused alreadyVoted() {
        return new VoteRefused("vote.refused.alreadyVoted", "this voter has already voted; the first ballot stands");
    }

    public static VoteRefused proposalHasVote(Long proposalId) {
        return new VoteRefused("vote.refused.proposalHasVote", "another vote is already to decide this proposal",
                proposalId);
    }

    /** A ballot after the closing time (表决已截止), though the vote may not be closed yet. */
    public static VoteRefused periodEnded(java.time.OffsetDateTime closesAt) {
        return new VoteRefused("vote.refused.periodEnded", "the voting period ended at " + closesAt, closesAt);
    }

    public static VoteRefused notOpen(VoteState state) {
        return new VoteRefused("vote.refused.notOpen", "the vote is not open for ballots", state);
    }
}
