package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Stored sessions time out in the database without any event, so the record of a sign-in left idle is closed by a
 * job: it then says EXPIRED, ended at its last use plus the timeout; a sign-in still in use is left open.
 */
class IdleSessionsExpireTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Autowired
    Sessions sessions;

    @Value("${server.servlet.session.timeout:PT8H}")
    Duration timeout;

    @Test
    void a_sign_in_idle_past_the_timeout_is_recorded_as_expired_and_one_in_use_stays_open() {
        String name = "idle." + System.nanoTime() % 1_000_000;
        long account = accounts.open(new NewAccount(name, "idle-pass-1", "闲置会话", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        long idle = sessions.begin(account, "Mozilla/5.0 (iPhone)", "127.0.0.1");
        long inUse = sessions.begin(account, "Mozilla/5.0 (Android)", "127.0.0.1");
        OffsetDateTime lastUsed = OffsetDateTime.now().minus(timeout).minusMinutes(30).withNano(0);
        jdbc.sql("update account_session set last_used_at = ? where id = ?").params(lastUsed, idle).update();

        assertThat(sessions.expireIdle()).isPositive();

        assertThat(jdbc.sql("select ended_how from account_session where id = ?").param(idle).query(String.class)
                .single()).isEqualTo(Sessions.EXPIRED);
        assertThat(jdbc.sql("select ended_at from account_session where id = ?").param(idle)
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(lastUsed.plus(timeout).toInstant());
        assertThat(jdbc.sql("select count(*) from account_session where id = ? and ended_at is null").param(inUse)
                .query(Long.class).single()).isEqualTo(1);
    }
}
