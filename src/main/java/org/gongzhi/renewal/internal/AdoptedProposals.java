package org.gongzhi.renewal.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.Meetings;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.renewal.Projects;

/**
 * An adopted proposal gets its micro-renewal project at once, synchronously in the adopting transaction, so
 * that adoption and its follow-up are committed (or rolled back) together; unless its consensus plan asks for a
 * work order instead (patrol opens that one).
 */
@Component
class AdoptedProposals {

    private final Projects projects;
    private final Meetings meetings;

    AdoptedProposals(Projects projects, Meetings meetings) {
        this.projects = projects;
        this.meetings = meetings;
    }

    @EventListener
    void on(ProposalAdopted adopted) {
        FollowUp how = meetings.consensusPlan(adopted.communityId(), adopted.proposalId())
                .map(ConsensusPlan::followUp).orElse(FollowUp.PROJECT);
        if (how == FollowUp.PROJECT) {
            projects.openFor(adopted.communityId(), adopted.proposalId());
        }
    }
}
