package org.gongzhi.activity;

import java.time.OffsetDateTime;
import java.util.List;

import org.gongzhi.shared.domain.InvalidInput;

/** A course as a father offers it; its single fields are checked by the web layer, the rules across them here. */
public record CourseInput(String title, String profession, String description, int minAge, int maxAge,
        int capacity, List<SessionInput> sessions) {

    public static final int MAX_SESSIONS = 12;
    public static final int MAX_CAPACITY = 200;

    /** One session: when it begins and ends, and where. */
    public record SessionInput(OffsetDateTime startsAt, OffsetDateTime endsAt, String place) {
    }

    public void check(OffsetDateTime now) {
        if (minAge > maxAge) {
            throw InvalidInput.of("maxAge", "activity.invalid.ageRange");
        }
        if (maxAge >= CommunityEvent.ADULT_AGE) {
            throw InvalidInput.of("maxAge", "activity.invalid.courseForChildren", CommunityEvent.ADULT_AGE - 1);
        }
        if (sessions.isEmpty()) {
            throw InvalidInput.of("sessions", "activity.invalid.noSessions");
        }
        if (sessions.size() > MAX_SESSIONS) {
            throw InvalidInput.of("sessions", "activity.invalid.tooManySessions", MAX_SESSIONS);
        }
        OffsetDateTime previous = now;
        for (int i = 0; i < sessions.size(); i++) {
            SessionInput s = sessions.get(i);
            if (!s.startsAt().isAfter(previous)) {
                throw InvalidInput.of("sessions", i == 0 ? "activity.invalid.startsInPast"
                        : "activity.invalid.sessionOrder", i + 1);
            }
            if (!s.endsAt().isAfter(s.startsAt())) {
                throw InvalidInput.of("sessions", "activity.invalid.sessionEnds", i + 1);
            }
            previous = s.endsAt();
        }
    }
}
