package org.gongzhi.activity.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.CourseInput;
import org.gongzhi.shared.domain.InvalidInput;

/** The JSON bodies and form fields of the 爸爸兵团 course endpoints. */
final class CourseRequests {

    /** How many session rows the page's form offers; blank rows are left out. */
    static final int FORM_SESSIONS = 4;

    private CourseRequests() {
    }

    /** A session of a new course; times carry their offset (2026-12-20T14:00:00+08:00). */
    record CourseSessionRequest(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @NotBlank @Size(max = 200) String place) {
    }

    /** A new course; staff name the father, a resident offers his own. */
    record CourseRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String profession,
            @Size(max = 2000) String description, @NotNull @Min(0) @Max(17) Integer minAge,
            @NotNull @Min(0) @Max(17) Integer maxAge, @NotNull @Min(1) @Max(CourseInput.MAX_CAPACITY) Integer capacity,
            @NotEmpty @Size(max = CourseInput.MAX_SESSIONS) List<@Valid CourseSessionRequest> sessions,
            Long fatherId) {

        CourseInput input() {
            return new CourseInput(title.strip(), profession.strip(), blankToNull(description), minAge, maxAge,
                    capacity, sessions.stream().map(s -> new CourseInput.SessionInput(s.startsAt(), s.endsAt(),
                            s.place().strip())).toList());
        }
    }

    /** A child to enrol; staff also name the guardian who enrols them. */
    record EnrolmentRequest(@NotNull Long childId, Long guardianId) {
    }

    /**
     * The page's form: the course's fields, and up to four sessions as rows of start, end and place (the phone's
     * date-time pickers give Shanghai time); a row left blank is no session.
     */
    record CourseForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String profession,
            @Size(max = 2000) String description, @NotNull @Min(0) @Max(17) Integer minAge,
            @NotNull @Min(0) @Max(17) Integer maxAge, @NotNull @Min(1) @Max(CourseInput.MAX_CAPACITY) Integer capacity,
            List<String> sessionStarts, List<String> sessionEnds, List<String> sessionPlaces) {

        CourseInput input() {
            List<CourseInput.SessionInput> sessions = new ArrayList<>();
            for (int i = 0; i < FORM_SESSIONS; i++) {
                String start = at(sessionStarts, i);
                String end = at(sessionEnds, i);
                String place = at(sessionPlaces, i);
                if (start.isEmpty() && end.isEmpty() && place.isEmpty()) {
                    continue;
                }
                if (start.isEmpty() || end.isEmpty() || place.isEmpty()) {
                    throw InvalidInput.of("sessions", "activity.invalid.sessionIncomplete", i + 1);
                }
                sessions.add(new CourseInput.SessionInput(time(start, i), time(end, i), place));
            }
            return new CourseInput(title.strip(), profession.strip(), blankToNull(description), minAge, maxAge,
                    capacity, sessions);
        }

        public String sessionStart(int i) {
            return at(sessionStarts, i);
        }

        public String sessionEnd(int i) {
            return at(sessionEnds, i);
        }

        public String sessionPlace(int i) {
            return at(sessionPlaces, i);
        }

        private static String at(List<String> values, int i) {
            return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
        }

        private static OffsetDateTime time(String text, int i) {
            try {
                return LocalDateTime.parse(text).atZone(CommunityEvent.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("sessions", "activity.invalid.sessionTime", i + 1);
            }
        }
    }

    static CourseForm emptyCourse() {
        return new CourseForm(null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
