package org.gongzhi.patrol.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a grid branch recorded of one patrol day; once closed only late findings may still be added. */
public record PatrolRecord(long id, long communityId, long gridBranchId, int branchNumber, String branchName,
        LocalDate patrolDate, String studyTopic, String startedBy, OffsetDateTime startedAt, String closedBy,
        OffsetDateTime closedAt) {

    public boolean closed() {
        return closedAt != null;
    }

    /** Refuses a change to a closed record with a reason a person can read. */
    public void requireOpen() {
        if (closed()) {
            throw new PatrolRecordClosed();
        }
    }
}
