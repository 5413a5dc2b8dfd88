package org.gongzhi.patrol.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.gongzhi.patrol.PatrolStatus;

/** One occurrence of a schedule moved (to a new date and time) or cancelled, with the reason, who and when. */
public record PatrolException(long scheduleId, LocalDate originalDate, PatrolStatus kind, LocalDate newDate,
        LocalTime newStartTime, String reason, String changedBy, OffsetDateTime changedAt) {
}
