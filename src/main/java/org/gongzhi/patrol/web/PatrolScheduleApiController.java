package org.gongzhi.patrol.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolPermissions;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.PatrolStatus;
import org.gongzhi.patrol.record.PatrolDayReading;
import org.gongzhi.patrol.schedule.OccurrenceChange;
import org.gongzhi.patrol.schedule.ScheduleInput;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** The patrol schedule for programs: a year's patrols, and changing a branch's schedule or one patrol. */
@RestController
@RequestMapping("/api/v1/patrols")
class PatrolScheduleApiController {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final PatrolSchedules schedules;
    private final PatrolPermissions permissions;
    private final Clock clock;

    PatrolScheduleApiController(PatrolSchedules schedules, PatrolPermissions permissions, Clock clock) {
        this.schedules = schedules;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Every patrol of the year (this year by default), of every branch or of {@code branch}, in branch order. */
    @GetMapping("/schedule")
    List<Occurrence> schedule(@RequestParam(required = false) String year,
            @RequestParam(required = false) String branch) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canView(actor));
        return schedules.inYear(actor.communityId(), branch(actor, branch), year(year)).stream()
                .map(Occurrence::of).toList();
    }

    @GetMapping("/branches/{number}/schedule")
    Schedule branchSchedule(@PathVariable int number) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canView(actor));
        return Schedule.of(schedules.schedule(actor.communityId(), number));
    }

    @PutMapping("/branches/{number}/schedule")
    Schedule change(@PathVariable int number, @RequestBody PatrolScheduleRequest body) {
        Actor actor = changer(number);
        return Schedule.of(schedules.change(actor.communityId(), number, body.input()));
    }

    /** Moves or cancels one patrol, named by its original date. */
    @PostMapping("/branches/{number}/exceptions")
    Occurrence except(@PathVariable int number, @RequestBody OccurrenceChange body) {
        Actor actor = changer(number);
        return Occurrence.of(schedules.except(actor.communityId(), number, body));
    }

    private Actor changer(int number) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canChange(actor, schedules.schedule(actor.communityId(), number)));
        return actor;
    }

    private Year year(String text) {
        if (text == null) {
            return Year.now(clock);
        }
        int year = text.strip().matches("[0-9]{4}") ? Integer.parseInt(text.strip()) : 0;
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInput.of("year", "patrol.validation.year", MIN_YEAR, MAX_YEAR);
        }
        return Year.of(year);
    }

    private Optional<Integer> branch(Actor actor, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Integer> number = Optional.of(text.strip()).filter(t -> t.matches("[0-9]{1,4}"))
                .map(Integer::valueOf)
                .filter(n -> schedules.schedules(actor.communityId()).stream().anyMatch(s -> s.branchNumber() == n));
        if (number.isEmpty()) {
            throw InvalidInput.of("branch", "patrol.validation.branch", text);
        }
        return number;
    }

    private static String time(LocalTime time) {
        return HOURS_MINUTES.format(time);
    }

    /** One patrol: when it takes place, or was to before it was cancelled, and the date the rule gave it. */
    record Occurrence(int branch, String branchName, LocalDate date, String start, String meetingPoint,
            PatrolStatus status, LocalDate originalDate, String reason) {

        static Occurrence of(PatrolOccurrence o) {
            return new Occurrence(o.branchNumber(), o.branchName(), o.date(), time(o.start()), o.meetingPoint(),
                    o.status(), o.originalDate(), o.reason());
        }
    }

    /** A branch's standing patrol, with the RFC 5545 rule of its reading. */
    record Schedule(int branch, String branchName, PatrolDayReading reading, String rrule, String start,
            int durationMinutes, String meetingPoint, String studyTopic) {

        static Schedule of(PatrolSchedule s) {
            return new Schedule(s.branchNumber(), s.branchName(), s.reading(), s.rule().rrule(), time(s.startTime()),
                    s.durationMinutes(), s.meetingPoint(), s.studyTopic());
        }
    }

    /** A branch's whole standing patrol, as a PUT replaces it; the day as a {@code reading} or an {@code rrule}. */
    record PatrolScheduleRequest(String start, Integer durationMinutes, String meetingPoint, String studyTopic,
            String reading, String rrule) {

        ScheduleInput input() {
            return new ScheduleInput(start, durationMinutes == null ? null : durationMinutes.toString(), meetingPoint,
                    studyTopic, reading, rrule);
        }
    }
}
