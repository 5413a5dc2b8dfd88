package org.gongzhi.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * Staff and reporters move work orders through the loop, each step published as {@link WorkOrderStepTaken};
 * overdue ones are escalated to the committee.
 */
@Service
public class CaseHandling {

    public static final String SUBJECT = "work_order";

    private final WorkOrders orders;
    private final CasePermissions permissions;
    private final PhotoStore photos;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseHandling(WorkOrders orders, CasePermissions permissions, PhotoStore photos, AuditTrail audit,
            TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.permissions = permissions;
        this.photos = photos;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The order, if the actor may see it; otherwise it does not exist for them. */
    public WorkOrder visible(Actor actor, long id) {
        WorkOrder order = orders.get(actor.communityId(), id);
        if (!permissions.canView(actor, order)) {
            throw new NotFound("case " + id);
        }
        return order;
    }

    /** The steps the actor may take on the order now. */
    public List<CaseAction> actionsFor(Actor actor, WorkOrder order) {
        return Arrays.stream(CaseAction.values())
                .filter(a -> a.from() == order.state() && permissions.mayTake(actor, order, a))
                .toList();
    }

    /** Takes a step; a photo goes with handling. */
    @Transactional
    public void take(Actor actor, long id, CaseTransition step, PhotoUpload photo) {
        WorkOrder order = visible(actor, id);
        Permissions.require(permissions.mayTake(actor, order, step.action()));
        CaseState from = order.state();
        OffsetDateTime now = OffsetDateTime.now(clock);
        order.apply(step, now);
        orders.save(order, CaseActor.of(actor));
        events.publishEvent(new WorkOrderStepTaken(order.communityId(), id,
                orders.proposalOf(order.communityId(), id).orElse(null), step.action(), from, order.state(),
                actor.accountId(), actor.residentId(), actor.displayName(), now));
        if (photo != null && step.action() == CaseAction.HANDLE) {
            orders.addPhoto(order.communityId(), id, WorkOrders.PHOTO_HANDLED,
                    photos.save(photo.bytes(), photo.extension()), photo, now);
        }
        audit.record(order.communityId(), "CASE_" + step.action(), SUBJECT, id, from + " → " + order.state());
    }

    @Transactional
    public void rate(Actor actor, long id, int score, String comment) {
        WorkOrder order = visible(actor, id);
        Permissions.require(permissions.mayRate(actor, order));
        order.rate(score, comment, OffsetDateTime.now(clock));
        orders.save(order, CaseActor.of(actor));
        audit.record(order.communityId(), "CASE_RATED", SUBJECT, id, "rating " + score);
    }

    /** Flags every overdue order for the residents' committee, each in its own transaction; returns how many. */
    public int escalateOverdue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int escalated = 0;
        for (WorkOrders.OrderRef ref : orders.overdueCandidates(now)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> escalate(ref, now)))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(WorkOrders.OrderRef ref, OffsetDateTime now) {
        WorkOrder order = orders.get(ref.communityId(), ref.id());
        if (!order.escalateIfOverdue(now)) {
            return false;
        }
        try {
            orders.save(order, CaseActor.SYSTEM);
        } catch (Refused movedMeanwhile) {
            return false;
        }
        audit.record(order.communityId(), "CASE_ESCALATED", SUBJECT, order.id(),
                order.state() + ", deadline " + order.deadline());
        return true;
    }
}
