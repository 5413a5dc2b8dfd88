package org.gongzhi.patrol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.gongzhi.patrol.schedule.PatrolException;

/**
 * One month's patrol of one grid branch. {@code originalDate} is the date the rule gives it and names it;
 * {@code date} and {@code start} are when it actually takes place, unless it is cancelled.
 */
public record PatrolOccurrence(int branchNumber, String branchName, LocalDate originalDate, LocalDate date,
        LocalTime start, int durationMinutes, String meetingPoint, PatrolStatus status, String reason) {

    static PatrolOccurrence of(PatrolSchedule s, LocalDate originalDate, Optional<PatrolException> exception) {
        return exception.map(e -> new PatrolOccurrence(s.branchNumber(), s.branchName(), originalDate,
                        e.kind() == PatrolStatus.MOVED ? e.newDate() : originalDate,
                        e.kind() == PatrolStatus.MOVED ? e.newStartTime() : s.startTime(),
                        s.durationMinutes(), s.meetingPoint(), e.kind(), e.reason()))
                .orElseGet(() -> new PatrolOccurrence(s.branchNumber(), s.branchName(), originalDate, originalDate,
                        s.startTime(), s.durationMinutes(), s.meetingPoint(), PatrolStatus.SCHEDULED, null));
    }

    public boolean cancelled() {
        return status == PatrolStatus.CANCELLED;
    }

    public boolean moved() {
        return status == PatrolStatus.MOVED;
    }
}
