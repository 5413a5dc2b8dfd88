package org.gongzhi.patrol.record;

import java.util.List;

import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolSchedule;

/** One branch's patrol day as recorded so far; {@code record} is null until something was saved. */
public record PatrolRecordDay(PatrolSchedule schedule, PatrolOccurrence occurrence, PatrolRecord record,
        List<AttendanceCandidate> present, List<PatrolRecordCheck> checklist, List<PatrolFinding> findings) {

    public Long recordId() {
        return record == null ? null : record.id();
    }

    public boolean closed() {
        return record != null && record.closed();
    }
}
