package org.gongzhi.patrol.schedule;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.PatrolStatus;
import org.gongzhi.shared.web.ContentLines;

/**
 * The patrol schedule as an iCalendar feed (RFC 5545) that anyone may subscribe to: one recurring event per grid
 * branch, cancelled patrols as EXDATEs, moved ones as overriding events. It names no person and gives no reasons,
 * which are free text.
 */
@Component
public class PatrolCalendar {

    static final String TZID = ContentLines.SHANGHAI;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final PatrolSchedules schedules;
    private final MessageSource messages;
    private final Clock clock;

    PatrolCalendar(PatrolSchedules schedules, MessageSource messages, Clock clock) {
        this.schedules = schedules;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every branch's patrols, or one branch's, as the text of an .ics file. */
    public String of(long communityId, Optional<Integer> branchNumber, Locale locale) {
        List<PatrolSchedule> branches = branchNumber.map(n -> List.of(schedules.schedule(communityId, n)))
                .orElseGet(() -> schedules.schedules(communityId));
        String stamp = UTC.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        ContentLines ics = new ContentLines().line("BEGIN", "VCALENDAR").line("VERSION", "2.0")
                .line("PRODID", "-//Gongzhi//Patrol schedule//ZH").line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", messages.getMessage("patrol.calendar.name", null, locale))
                .line("X-WR-TIMEZONE", TZID);
        ics.shanghaiTimeZone();
        branches.forEach(branch -> events(ics, branch, stamp, locale));
        return ics.line("END", "VCALENDAR").toString();
    }

    /** A stable UID per branch, shared by its overriding events as RFC 5545 requires. */
    static String uid(PatrolSchedule s) {
        return "patrol-" + s.communityId() + "-branch-" + s.branchNumber() + "@gongzhi";
    }

    private void events(ContentLines ics, PatrolSchedule s, String stamp, Locale locale) {
        List<PatrolException> exceptions = schedules.exceptionsOf(s);
        event(ics, s, stamp, s.firstPatrolDay().atTime(s.startTime()), locale).line("RRULE", s.rule().rrule());
        exceptions.stream().filter(e -> e.kind() == PatrolStatus.CANCELLED)
                .forEach(e -> ics.line("EXDATE;TZID=" + TZID, LOCAL.format(e.originalDate().atTime(s.startTime()))));
        ics.line("END", "VEVENT");
        exceptions.stream().filter(e -> e.kind() == PatrolStatus.MOVED)
                .forEach(e -> event(ics, s, stamp, e.newDate().atTime(e.newStartTime()), locale)
                        .line("RECURRENCE-ID;TZID=" + TZID, LOCAL.format(e.originalDate().atTime(s.startTime())))
                        .line("END", "VEVENT"));
    }

    private ContentLines event(ContentLines ics, PatrolSchedule s, String stamp, LocalDateTime start,
            Locale locale) {
        return ics.line("BEGIN", "VEVENT").line("UID", uid(s)).line("DTSTAMP", stamp)
                .line("DTSTART;TZID=" + TZID, LOCAL.format(start))
                .line("DURATION", s.duration().toString())
                .text("SUMMARY", messages.getMessage("patrol.calendar.summary", new Object[] {s.branchName()}, locale))
                .text("LOCATION", s.meetingPoint())
                .text("DESCRIPTION",
                        messages.getMessage("patrol.calendar.description", new Object[] {s.studyTopic()}, locale));
    }
}
