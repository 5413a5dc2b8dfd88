package org.gongzhi.patrol.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolStatus;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * Moving or cancelling one patrol, named by its original date, with the reason; a moved patrol keeps the
 * branch's start time unless a new one is given.
 */
public record OccurrenceChange(String originalDate, String kind, String newDate, String newStart, String reason) {

    static final int MAX_REASON = 500;

    public Valid validate(PatrolSchedule schedule, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate original = original(schedule, today, problems);
        PatrolStatus status = kind(problems);
        LocalDate date = null;
        LocalTime start = null;
        if (status == PatrolStatus.MOVED) {
            date = newDate(today, problems);
            start = blank(newStart) ? schedule.startTime() : InputRules.time(newStart, "newStart", problems);
            if (original != null && original.equals(date) && schedule.startTime().equals(start)) {
                problems.add(new Problem("newDate", "patrol.validation.newDate.same"));
            }
        }
        String why = InputRules.text(reason, MAX_REASON, "reason", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Valid(original, status, date, start, why);
    }

    private LocalDate original(PatrolSchedule schedule, LocalDate today, List<Problem> problems) {
        LocalDate date = InputRules.date(originalDate, "originalDate", problems);
        if (date != null && !schedule.isOccurrence(date)) {
            problems.add(new Problem("originalDate", "patrol.validation.originalDate.notPatrolDay", date));
        } else if (date != null && date.isBefore(today)) {
            problems.add(new Problem("originalDate", "patrol.validation.originalDate.past", date));
        }
        return date;
    }

    private PatrolStatus kind(List<Problem> problems) {
        PatrolStatus status = InputRules.choice(kind, PatrolStatus.class, "kind", problems);
        if (status == PatrolStatus.SCHEDULED) {
            problems.add(new Problem("kind", "patrol.validation.kind"));
        }
        return status;
    }

    private LocalDate newDate(LocalDate today, List<Problem> problems) {
        LocalDate date = InputRules.date(newDate, "newDate", problems);
        if (date != null && date.isBefore(today)) {
            problems.add(new Problem("newDate", "patrol.validation.newDate.past"));
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The change, checked: a kind of MOVED carries the new date and start time, CANCELLED neither. */
    public record Valid(LocalDate originalDate, PatrolStatus kind, LocalDate newDate, LocalTime newStart,
            String reason) {
    }
}
