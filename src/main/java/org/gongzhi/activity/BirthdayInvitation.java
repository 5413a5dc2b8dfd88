package org.gongzhi.activity;

import java.time.OffsetDateTime;

/** An invitation to a birthday party for one member of a household, as the household sees it. */
public record BirthdayInvitation(long id, long eventId, String eventTitle, OffsetDateTime startsAt, long residentId,
        String name, String answer) {
}
