package org.gongzhi.renewal.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.renewal.ProjectHandling;

/**
 * An adopted proposal gets its micro-renewal project once the adoption has committed, delivered through the event
 * publication registry (retried until it succeeds, once per proposal); unless its consensus plan asks for a work
 * order instead (deliberation has that one reported).
 */
@Component
class AdoptedProposals {

    private final ProjectHandling projects;
    private final ProposalQueries proposals;

    AdoptedProposals(ProjectHandling projects, ProposalQueries proposals) {
        this.projects = projects;
        this.proposals = proposals;
    }

    @ApplicationModuleListener
    void on(ProposalAdopted adopted) {
        FollowUp how = proposals.consensusPlan(adopted.communityId(), adopted.proposalId())
                .map(ConsensusPlan::followUp).orElse(FollowUp.PROJECT);
        if (how == FollowUp.PROJECT) {
            projects.openFor(adopted.communityId(), adopted.proposalId());
        }
    }
}
