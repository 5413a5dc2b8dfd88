package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/**
 * An event of a programme: when and where, how many places, whom it is for (generations, and the ages that may
 * come: 7890 events are for residents of 70 and over) and how many have taken a place. Its rules decide who may
 * register; the waiting list and the count are kept by {@link EventHandling} under the event's lock. Once staff close
 * it, nobody checks in any more and its helpers' service is recorded. An event that is a session of a course names the
 * course ({@code courseId}): one enrols in the course, not in its sessions.
 */
public record CommunityEvent(long id, long communityId, long programmeId, String programmeName, String title,
        String description, String place, OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity,
        Integer minAge, Integer maxAge, Set<Cohort> cohorts, int registered, int waiting, OffsetDateTime closedAt,
        Long courseId) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int ADULT_AGE = 18;
    public static final long CHECK_IN_HOURS_BEFORE = 2;

    public LocalDate day() {
        return startsAt.atZoneSameInstant(ZONE).toLocalDate();
    }

    /** When it begins, on Shanghai's clock (the database may answer in another offset). */
    public java.time.LocalDateTime localStart() {
        return startsAt.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public java.time.LocalDateTime localEnd() {
        return endsAt.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public boolean started(OffsetDateTime now) {
        return !now.isBefore(startsAt);
    }

    /** The door opens for check-in two hours before the start and closes at the end, or when staff close the event. */
    public boolean checkInOpen(OffsetDateTime now) {
        return !closed() && !now.isBefore(startsAt.minusHours(CHECK_IN_HOURS_BEFORE)) && !now.isAfter(endsAt);
    }

    /** Staff have closed it: who came is final and the helpers' service is recorded. */
    public boolean closed() {
        return closedAt != null;
    }

    /** How long it lasts, in whole minutes: what each helper who came has served. */
    public int minutes() {
        return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
    }

    public boolean full() {
        return registered >= capacity;
    }

    public int placesLeft() {
        return Math.max(0, capacity - registered);
    }

    /** Whether the resident's age on the day is within the event's ages (the form offers only those). */
    public boolean agesAllow(Participant participant) {
        int age = participant.ageOn(day());
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /**
     * May this resident take part, with this guardian (a child's, of the same household and of age)? Ages are on the
     * day of the event. Refuses a registration once the event has begun.
     */
    public void checkRegistration(Participant participant, Participant guardian, OffsetDateTime now) {
        if (started(now)) {
            throw new Refused("activity.refused.started", "the event has begun; registration is closed", title);
        }
        LocalDate day = day();
        int age = participant.ageOn(day);
        if (minAge != null && age < minAge) {
            throw InvalidInput.of("residentId", "activity.invalid.tooYoung", participant.name(), minAge);
        }
        if (maxAge != null && age > maxAge) {
            throw InvalidInput.of("residentId", "activity.invalid.tooOld", participant.name(), maxAge);
        }
        if (participant.childOn(day)) {
            if (guardian == null) {
                throw InvalidInput.of("guardianId", "activity.invalid.guardianRequired", participant.name());
            }
            if (guardian.householdId() != participant.householdId() || guardian.childOn(day)) {
                throw InvalidInput.of("guardianId", "activity.invalid.guardianNotHousehold", guardian.name());
            }
        }
    }
}
