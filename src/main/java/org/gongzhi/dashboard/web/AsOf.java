package org.gongzhi.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.gongzhi.dashboard.DashboardRange;

/** When figures were computed, as the viewer's clock reads it, and how often they are computed again (0: always). */
record AsOf(String time, long everyMinutes) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DashboardRange.ZONE);

    static AsOf of(Instant asOf, Duration kept) {
        return new AsOf(asOf == null ? null : TIME.format(asOf), (kept.toSeconds() + 59) / 60);
    }
}
