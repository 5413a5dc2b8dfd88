package org.gongzhi.activity;

import java.time.OffsetDateTime;

/**
 * An event a resident registered for starts within a day: published once per registration (the registration records
 * that it was reminded), for whoever tells the resident and the guardian a child comes with.
 */
public record EventStartingSoon(long communityId, long eventId, long registrationId, long residentId,
        Long guardianResidentId, String title, String place, OffsetDateTime startsAt) {
}
