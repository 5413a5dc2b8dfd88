package org.gongzhi.activity;

import java.time.OffsetDateTime;
import java.util.Set;

import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;

/** A new event as staff set it up; its single fields are checked by the web layer, the rules across them here. */
public record EventInput(long programmeId, String title, String description, String place, OffsetDateTime startsAt,
        OffsetDateTime endsAt, int capacity, Integer minAge, Integer maxAge, Set<Cohort> cohorts) {

    public static final int MAX_CAPACITY = 10_000;

    public void check(OffsetDateTime now) {
        if (!startsAt.isAfter(now)) {
            throw InvalidInput.of("startsAt", "activity.invalid.startsInPast");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw InvalidInput.of("endsAt", "activity.invalid.endsBeforeStart");
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw InvalidInput.of("maxAge", "activity.invalid.ageRange");
        }
    }
}
