package org.gongzhi.activity.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.Events;
import org.gongzhi.shared.web.ContentLines;

/**
 * The community's events as an iCalendar feed (RFC 5545) anyone may subscribe to, as the patrol schedule is: the
 * last month's and the next half year's events with programme, place and description. It names nobody: who
 * registered is not in it.
 */
@RestController
class EventCalendarController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final Events events;
    private final MessageSource messages;
    private final Clock clock;

    EventCalendarController(Events events, MessageSource messages, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calendar/events.ics")
    ResponseEntity<byte[]> feed(Locale locale) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String stamp = UTC.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        ContentLines ics = new ContentLines().line("BEGIN", "VCALENDAR").line("VERSION", "2.0")
                .line("PRODID", "-//Gongzhi//Community events//ZH").line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", messages.getMessage("activity.calendar.name", null, locale))
                .line("X-WR-TIMEZONE", ContentLines.SHANGHAI).shanghaiTimeZone();
        for (CommunityEvent e : events.between(events.defaultCommunity(), now.minusMonths(1), now.plusMonths(6))) {
            ics.line("BEGIN", "VEVENT").line("UID", "event-" + e.communityId() + "-" + e.id() + "@gongzhi")
                    .line("DTSTAMP", stamp)
                    .line("DTSTART;TZID=" + ContentLines.SHANGHAI, LOCAL.format(e.localStart()))
                    .line("DTEND;TZID=" + ContentLines.SHANGHAI, LOCAL.format(e.localEnd()))
                    .text("SUMMARY", e.title()).text("LOCATION", e.place())
                    .text("CATEGORIES", e.programmeName())
                    .text("DESCRIPTION", e.description() == null ? e.programmeName() : e.description())
                    .line("END", "VEVENT");
        }
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("events.ics").build()
                        .toString())
                .body(ics.line("END", "VCALENDAR").toString().getBytes(StandardCharsets.UTF_8));
    }
}
