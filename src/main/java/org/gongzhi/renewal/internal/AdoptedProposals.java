package org.gongzhi.renewal.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.Meetings;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.renewal.Projects;

/**
 * An adopted proposal gets its micro-renewal project once the adoption has committed, delivered through the event
 * publication registry (retried until it succeeds, once per proposal); unless its consensus plan asks for a work
 * order instead (deliberation has that one reported).
 */
@Component
class AdoptedProposals {

    private final Projects projects;
    private final Meetings meetings;

    AdoptedProposals(Projects projects, Meetings meetings) {
        this.projects = projects;
        this.meetings = meetings;
    }

    @ApplicationModuleListener
    void on(ProposalAdopted adopted) {
        FollowUp how = meetings.consensusPlan(adopted.communityId(), adopted.proposalId())
                .map(ConsensusPlan::followUp).orElse(FollowUp.PROJECT);
        if (how == FollowUp.PROJECT) {
            projects.openFor(adopted.communityId(), adopted.proposalId());
        }
    }
}
