package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** One session of a course: when and where; the event it became once the course was published. */
public record CourseSession(long id, int position, String place, OffsetDateTime startsAt, OffsetDateTime endsAt,
        Long eventId) {

    public LocalDate day() {
        return localStart().toLocalDate();
    }

    public LocalDateTime localStart() {
        return startsAt.atZoneSameInstant(CommunityEvent.ZONE).toLocalDateTime();
    }

    public LocalDateTime localEnd() {
        return endsAt.atZoneSameInstant(CommunityEvent.ZONE).toLocalDateTime();
    }
}
