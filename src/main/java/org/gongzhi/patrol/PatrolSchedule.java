package org.gongzhi.patrol;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.gongzhi.patrol.record.PatrolDayReading;
import org.gongzhi.patrol.schedule.MonthlyPatrolRule;

/** A grid branch's standing monthly patrol: when by which reading, at what time, how long, and where to meet. */
public record PatrolSchedule(long id, long communityId, long gridBranchId, int branchNumber, String branchName,
        PatrolDayReading reading, LocalTime startTime, int durationMinutes, String meetingPoint, String studyTopic,
        LocalDate startsOn) {

    public MonthlyPatrolRule rule() {
        return new MonthlyPatrolRule(reading);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** The first patrol day of this schedule: where its recurrence starts. */
    public LocalDate firstPatrolDay() {
        return rule().firstOnOrAfter(startsOn);
    }

    /** A date the rule gives this branch a patrol on. */
    public boolean isOccurrence(LocalDate date) {
        return !date.isBefore(startsOn) && rule().isPatrolDay(date);
    }
}
