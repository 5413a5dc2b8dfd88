package org.gongzhi.cases;

import java.time.OffsetDateTime;

/**
 * Someone took a step on a work order. {@code proposalId} names the adopted proposal the order carries out, if
 * any; the actor is as the order's timeline keeps it (no account for the system).
 */
public record WorkOrderStepTaken(long communityId, long workOrderId, Long proposalId, CaseAction action,
        CaseState from, CaseState to, Long accountId, Long residentId, String actorName, OffsetDateTime at) {
}
