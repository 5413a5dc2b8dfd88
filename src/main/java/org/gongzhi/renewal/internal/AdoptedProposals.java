package org.gongzhi.renewal.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.renewal.Projects;

/**
 * An adopted proposal gets its micro-renewal project at once, synchronously in the adopting transaction, so
 * that adoption and its follow-up are committed (or rolled back) together.
 */
@Component
class AdoptedProposals {

    private final Projects projects;

    AdoptedProposals(Projects projects) {
        this.projects = projects;
    }

    @EventListener
    void on(ProposalAdopted adopted) {
        projects.openFor(adopted.communityId(), adopted.proposalId());
    }
}
