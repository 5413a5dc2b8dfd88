package org.gongzhi.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The page says when its figures were computed on the viewer's clock, and how many minutes they are kept. */
class AsOfTest {

    @Test
    void the_time_is_read_in_shanghai_and_the_minutes_kept_rounded_up() {
        AsOf asOf = AsOf.of(Instant.parse("2026-12-05T01:07:30Z"), Duration.ofSeconds(60));
        assertThat(asOf.time()).isEqualTo("09:07");
        assertThat(asOf.everyMinutes()).isEqualTo(1);
        assertThat(AsOf.of(Instant.parse("2026-12-05T01:07:30Z"), Duration.ofSeconds(90)).everyMinutes()).isEqualTo(2);
        assertThat(AsOf.of(Instant.parse("2026-12-05T01:07:30Z"), Duration.ZERO).everyMinutes()).isZero();
    }
}
