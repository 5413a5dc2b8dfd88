package org.gongzhi.patrol.record;

import java.time.OffsetDateTime;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CaseState;

/** A problem a patrol found, and the work order it became, with that order's current state. */
public record PatrolFinding(long id, long recordId, CaseCategory category, CasePlace.Kind placeKind, String placeCode,
        PatrolFindingSeverity severity, String description, Long photoId, long caseId, CaseState caseState,
        String idempotencyKey, String reportedBy, OffsetDateTime reportedAt) {
}
