package org.gongzhi.voting.vote;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** A vote's times as people read them: in the community's time zone (Asia/Shanghai), to the minute. */
public final class VotePeriod {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VotePeriod() {
    }

    /** "2026-12-05 18:00" in Shanghai time; empty for none. */
    public static String shown(OffsetDateTime at) {
        return at == null ? "" : SHOWN.format(at.atZoneSameInstant(ZONE));
    }

    /**
     * The whole days from today to the closing day, in Shanghai: 0 when it closes today; null when there is no
     * closing time or it has passed.
     */
    public static Long daysLeft(OffsetDateTime now, OffsetDateTime closesAt) {
        if (closesAt == null || !now.isBefore(closesAt)) {
            return null;
        }
        return ChronoUnit.DAYS.between(now.atZoneSameInstant(ZONE).toLocalDate(),
                closesAt.atZoneSameInstant(ZONE).toLocalDate());
    }
}
