package org.gongzhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.audit.AuditTrail;

/** Locks an account for a while after repeated wrong passwords, so that passwords cannot be guessed. */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${gongzhi.security.max-failed-logins:5}") int maxFailures,
            @Value("${gongzhi.security.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        jdbc.sql("update account set failed_attempts = failed_attempts + 1 where username = ?").param(username)
                .update();
        int locked = jdbc.sql("""
                update account set locked_until = ?, failed_attempts = 0
                where username = ? and failed_attempts >= ?""")
                .params(OffsetDateTime.now(clock).plus(lockout), username, maxFailures).update();
        if (locked > 0) {
            jdbc.sql("select id from account where username = ?").param(username).query(Long.class).optional()
                    .ifPresent(id -> audit.record(null, "ACCOUNT_LOCKED", "account", id, "after " + maxFailures
                            + " failed sign-ins"));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null where username = ?")
                .param(event.getAuthentication().getName()).update();
    }
}
