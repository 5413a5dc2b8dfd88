package org.gongzhi.patrol.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.schedule.PatrolCalendar;

/** The public patrol calendar feeds (no sign-in): every branch's, or one branch's. */
@RestController
@RequestMapping("/calendar")
class PatrolCalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PatrolCalendar calendar;
    private final PatrolSchedules schedules;

    PatrolCalendarController(PatrolCalendar calendar, PatrolSchedules schedules) {
        this.calendar = calendar;
        this.schedules = schedules;
    }

    @GetMapping("/patrols.ics")
    ResponseEntity<byte[]> all(Locale locale) {
        return ics(calendar.of(schedules.defaultCommunity(), Optional.empty(), locale), "patrols.ics");
    }

    @GetMapping("/patrols/{branchNumber}.ics")
    ResponseEntity<byte[]> branch(@PathVariable int branchNumber, Locale locale) {
        return ics(calendar.of(schedules.defaultCommunity(), Optional.of(branchNumber), locale),
                "patrols-" + branchNumber + ".ics");
    }

    private static ResponseEntity<byte[]> ics(String text, String filename) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
