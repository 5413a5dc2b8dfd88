package org.gongzhi.patrol.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.patrol.ProposalWorkOrders;

/** An adopted proposal whose plan is a small fix gets its work order in the adopting transaction. */
@Component
class AdoptedProposalFixes {

    private final ProposalWorkOrders orders;

    AdoptedProposalFixes(ProposalWorkOrders orders) {
        this.orders = orders;
    }

    @EventListener
    void on(ProposalAdopted adopted) {
        orders.openFor(adopted.communityId(), adopted.proposalId());
    }
}
