package org.gongzhi.deliberation.proposal;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.voting.DecidingVote;

/**
 * One proposal as a given viewer sees it, with the stance tally of its comments, its whole timeline, the vote
 * that decides it, if there is one, its photos, and who raised it for its author (代办), if someone did.
 */
public record ProposalDetails(@JsonUnwrapped ProposalSummary summary, String description, String authorName,
        boolean raisedByViewer, String meeting, Integer agendaThreshold, boolean supportedByViewer,
        boolean followedByViewer, StanceTally stances, List<ProposalStep> timeline, DecidingVote decidingVote,
        List<ProposalPhoto> photos, String onBehalfBy) {

    /** The description line by line, so that pages keep its line breaks without trusting it as HTML. */
    public List<String> descriptionLines() {
        return description.lines().toList();
    }

    /** One state change: who, when, from what to what, and why. */
    public record ProposalStep(OffsetDateTime at, String action, ProposalState from, ProposalState to, String actor,
            String reason) {
    }

    /** How many visible comments are for, against or neutral. */
    public record StanceTally(long forIt, long against, long neutral) {
    }
}
