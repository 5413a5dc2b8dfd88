package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/**
 * A 爸爸兵团 course: a father teaches children of an age range from his own profession, in a few sessions. Until he
 * or staff publish it, it is a draft only they see; once published each session is an event of the programme, and a
 * child enrolled by a guardian of the household holds a place at every session. Ages are checked on the day of the
 * first session.
 */
public record Course(long id, long communityId, long programmeId, long fatherResidentId, String fatherName,
        String title, String profession, String description, int minAge, int maxAge, int capacity, int enrolled,
        OffsetDateTime publishedAt, List<CourseSession> sessions) {

    public boolean published() {
        return publishedAt != null;
    }

    public OffsetDateTime firstStart() {
        return sessions.getFirst().startsAt();
    }

    public LocalDate firstDay() {
        return sessions.getFirst().day();
    }

    public boolean started(OffsetDateTime now) {
        return !now.isBefore(firstStart());
    }

    public boolean full() {
        return enrolled >= capacity;
    }

    public int placesLeft() {
        return Math.max(0, capacity - enrolled);
    }

    /** Whether the child's age on the first day is within the course's range (the form offers only those). */
    public boolean agesAllow(Participant child) {
        int age = child.ageOn(firstDay());
        return age >= minAge && age <= maxAge;
    }

    /**
     * May this guardian enrol this child now? The guardian is an adult of the child's household; the child is of the
     * course's ages on the first day; the course is published, has not begun and has a place.
     */
    public void checkEnrolment(Participant child, Participant guardian, OffsetDateTime now) {
        if (!published()) {
            throw new Refused("activity.refused.courseDraft", "the course is not published yet", title);
        }
        if (started(now)) {
            throw new Refused("activity.refused.courseStarted", "the course has begun; enrolment is closed", title);
        }
        if (guardian == null || guardian.householdId() != child.householdId() || guardian.childOn(firstDay())) {
            throw InvalidInput.of("childId", "activity.invalid.notGuardian");
        }
        if (!agesAllow(child)) {
            throw InvalidInput.of("childId", "activity.invalid.courseAge", child.name(), child.ageOn(firstDay()),
                    minAge, maxAge);
        }
        if (full()) {
            throw new Refused("activity.refused.courseFull", "every place of the course is taken", title);
        }
    }
}
