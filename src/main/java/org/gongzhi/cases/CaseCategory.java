package org.gongzhi.cases;

import java.time.Duration;
import java.time.OffsetDateTime;

/** What kind of problem a work order is about, and how long the responsible party has to fix it. */
public enum CaseCategory {
    BROKEN_LIGHT(72),
    FIRE_LANE_BLOCKED(24),
    EBIKE_CHARGING(24),
    LITTER(48),
    SWAN_LAKE(48),
    FACILITY_DAMAGE(120),
    WATER_PIPE(48),
    GREENERY(168),
    NOISE(72),
    PET_BARKING(72),
    PET_FOULING(48),
    PET_OFF_LEASH(24),
    PET_BITE(24),
    STRAY_FEEDING(72),
    OTHER(120);

    private final Duration timeLimit;

    CaseCategory(int hours) {
        this.timeLimit = Duration.ofHours(hours);
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    public OffsetDateTime deadlineFrom(OffsetDateTime dispatchedAt) {
        return dispatchedAt.plus(timeLimit);
    }
}
