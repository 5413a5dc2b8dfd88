package org.gongzhi.deliberation;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.proposal.Proposals;

/**
 * For demo steps only: the demo tells what happened weeks ago, so other modules' steps find a demo proposal by its
 * title and date a step of its timeline when the story says it happened, without naming deliberation's tables.
 */
@Component
public class DemoTimeline {

    private final Proposals proposals;

    DemoTimeline(Proposals proposals) {
        this.proposals = proposals;
    }

    /** The demo proposal of this title, if it was loaded. */
    public Optional<Long> proposal(long communityId, String title) {
        return proposals.idByTitle(communityId, title);
    }

    /** Dates the proposal's step (taken now) at {@code at}. */
    public void date(long proposalId, ProposalAction action, OffsetDateTime at) {
        proposals.dateStep(proposalId, action, at);
    }
}
