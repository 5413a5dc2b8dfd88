package org.gongzhi.identity.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.domain.Refused;

/** Counts wrong household and reset codes per key (a client, an address, an account) so codes cannot be guessed. */
@Component
class CodeThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    CodeThrottle(JdbcClient jdbc, Clock clock, @Value("${gongzhi.security.max-code-failures:5}") int maxFailures,
            @Value("${gongzhi.security.code-failure-window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Refuses while any of the keys has had too many wrong codes lately. */
    void check(String... keys) {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(window);
        for (String key : keys) {
            long failures = jdbc.sql("select count(*) from account_code_attempt where attempt_key = ? and attempted_at > ?")
                    .params(key, since).query(Long.class).single();
            if (failures >= maxFailures) {
                throw new Refused("membership.refused.throttled", "too many wrong codes; try again later",
                        window.toMinutes());
            }
        }
    }

    void failed(String... keys) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (String key : keys) {
            jdbc.sql("insert into account_code_attempt (attempt_key, attempted_at) values (?, ?)").params(key, now)
                    .update();
        }
    }
}
