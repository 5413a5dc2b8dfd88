package org.gongzhi.cases;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.Landmark;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.Refused;

/**
 * Work orders that carry out a decision another module took (an adopted proposal's small fix): reported on the
 * author's behalf at a place of the register, once per origin, and readable by everyone in the community. The
 * order's steps are published as {@link WorkOrderStepTaken}, so the origin can follow it without being called.
 */
@Service
public class FollowUpOrders {

    static final int MAX_DESCRIPTION = 1000;

    private final WorkOrders orders;
    private final CasePlaces places;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUpOrders(WorkOrders orders, CasePlaces places, AuditTrail audit, Clock clock) {
        this.orders = orders;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reports the order that carries out proposal {@code proposalId}, or returns the one already reported. A
     * landmark must be one the register knows; a proposal about the whole community has no place to send staff to.
     */
    @Transactional
    public long open(long communityId, long proposalId, Long authorResidentId, CaseCategory category,
            CasePlace.Kind kind, String placeCode, String description) {
        return orders.forProposal(communityId, proposalId).orElseGet(() -> {
            if (kind == null || kind == CasePlace.Kind.LANDMARK
                    && Landmark.named(placeCode).isEmpty()) {
                throw new Refused("case.refused.followUpPlace", "a work order needs a place in the register");
            }
            CasePlaces.Located where = places.locate(communityId, kind, placeCode);
            WorkOrder order = WorkOrder.report(communityId, category, where.gridId(), authorResidentId,
                    OffsetDateTime.now(clock));
            long id = orders.add(order, description.substring(0, Math.min(description.length(), MAX_DESCRIPTION)),
                    where, false, CaseActor.SYSTEM);
            orders.linkProposal(communityId, id, proposalId);
            audit.record(communityId, "CASE_REPORTED", CaseHandling.SUBJECT, id, "follow-up of proposal " + proposalId);
            return id;
        });
    }
}
