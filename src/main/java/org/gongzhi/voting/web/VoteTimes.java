package org.gongzhi.voting.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.vote.VotePeriod;

/**
 * A vote's times as people read and type them: Shanghai local time (the community's), to the minute. Programs may
 * send an ISO-8601 time with its offset ("2026-12-05T18:00:00+08:00") or a local one, taken as Shanghai time.
 */
final class VoteTimes {

    static final ZoneId ZONE = VotePeriod.ZONE;
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private VoteTimes() {
    }

    /** "2026-12-05 18:00" in Shanghai time; empty for none. */
    static String shown(OffsetDateTime at) {
        return VotePeriod.shown(at);
    }

    /** The value of a datetime-local field: "2026-12-05T18:00" in Shanghai time. */
    static String input(OffsetDateTime at) {
        return at == null ? null : INPUT.format(at.atZoneSameInstant(ZONE));
    }

    /** The typed or sent time; null when blank; a problem naming {@code field} when it is no time. */
    static OffsetDateTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).atZone(ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw InvalidInput.of(field, "vote.validation.dateTime");
            }
        }
    }

    /** The default closing time offered on the form: a week from today at 18:00. */
    static String defaultClosing(OffsetDateTime now) {
        return input(now.atZoneSameInstant(ZONE).toLocalDate().plusDays(7).atTime(18, 0).atZone(ZONE)
                .toOffsetDateTime());
    }
}
