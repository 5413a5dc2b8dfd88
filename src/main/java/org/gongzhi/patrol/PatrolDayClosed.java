package org.gongzhi.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * A grid branch's patrol day is closed: its attendance is final. Published once per record, when it is closed or
 * written up afterwards; the volunteer module turns each person present into verified service.
 */
public record PatrolDayClosed(long communityId, long recordId, int branchNumber, String branchName, LocalDate date,
        int durationMinutes, String studyTopic, String closedBy, List<Long> present) {
}
