package org.gongzhi.patrol.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.record.PatrolDayReading;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * A change to a branch's standing patrol, as typed into the form or sent to the API. A program may give the patrol
 * day as an RFC 5545 {@code rrule} instead of a {@code reading}; it must select the same days as one of the readings.
 */
public record ScheduleInput(String start, String durationMinutes, String meetingPoint, String studyTopic,
        String reading, String rrule) {

    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 480;

    public static ScheduleInput of(PatrolSchedule s) {
        return new ScheduleInput(s.startTime().toString(), String.valueOf(s.durationMinutes()), s.meetingPoint(),
                s.studyTopic(), s.reading().name(), null);
    }

    public Valid validate() {
        List<Problem> problems = new ArrayList<>();
        Valid valid = new Valid(InputRules.time(start, "start", problems), minutes(problems),
                InputRules.text(meetingPoint, 200, "meetingPoint", problems),
                InputRules.text(studyTopic, 200, "studyTopic", problems),
                rrule == null ? InputRules.choice(reading, PatrolDayReading.class, "reading", problems)
                        : readingOf(problems));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    private int minutes(List<Problem> problems) {
        String value = durationMinutes == null ? "" : durationMinutes.strip();
        int minutes = value.matches("[0-9]{1,3}") ? Integer.parseInt(value) : 0;
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            problems.add(new Problem("durationMinutes", "patrol.validation.durationMinutes", MIN_MINUTES,
                    MAX_MINUTES));
        }
        return minutes;
    }

    private PatrolDayReading readingOf(List<Problem> problems) {
        try {
            Optional<PatrolDayReading> reading = PatrolDayReading.of(RecurrenceRule.parse(rrule));
            if (reading.isEmpty()) {
                problems.add(new Problem("rrule", "patrol.validation.rrule.unsupported"));
            }
            return reading.orElse(null);
        } catch (RecurrenceRule.Invalid e) {
            problems.add(new Problem("rrule", "patrol.validation.rrule", e.getMessage()));
            return null;
        }
    }

    /** The change, checked. */
    public record Valid(LocalTime start, int durationMinutes, String meetingPoint, String studyTopic,
            PatrolDayReading reading) {
    }
}
