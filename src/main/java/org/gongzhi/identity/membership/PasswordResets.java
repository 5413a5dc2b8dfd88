package org.gongzhi.identity.membership;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.identity.PasswordPolicy;
import org.gongzhi.identity.Sessions;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * One-time password reset codes staff hand over (in person or by phone). A code works once, for one account, until
 * it expires; wrong codes are throttled per account and per client. Setting the password ends the account's tokens.
 */
@Service
public class PasswordResets {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final CodeThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration validity;
    private final TransactionTemplate transaction;
    private final Sessions sessions;

    PasswordResets(JdbcClient jdbc, PasswordEncoder passwords, CodeThrottle throttle, AuditTrail audit, Clock clock,
            @Value("${gongzhi.membership.reset-code-validity:P2D}") Duration validity,
            PlatformTransactionManager transactions, Sessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
        this.transaction = new TransactionTemplate(transactions);
    }

    IssuedReset issue(Long community, long accountId, long issuedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update password_reset set expires_at = ? where account_id = ? and used_at is null and expires_at > ?")
                .params(now, accountId, now).update();
        String code = Codes.generate(10);
        OffsetDateTime expires = now.plus(validity);
        jdbc.sql("""
                insert into password_reset (community_id, account_id, code_digest, issued_by, issued_at, expires_at)
                values ((select community_id from account where id = ?), ?, ?, ?, ?, ?)""").params(accountId, accountId, Codes.digest(code), issuedBy, now, expires).update();
        audit.record(community, "PASSWORD_RESET_ISSUED", Joining.SUBJECT, accountId, null);
        return new IssuedReset(code, expires);
    }

    /** Sets a new password with a code; the same answer for an unknown user name and a wrong code. */
    public void redeem(String username, String code, String password, String confirmation, String client) {
        String[] keys = {"reset:" + client, "reset-user:" + username};
        throttle.check(keys);
        Optional<Pending> pending = jdbc.sql("""
                select r.id, r.account_id, a.username from password_reset r join account a on a.id = r.account_id
                where a.username = ? and r.code_digest = ? and r.used_at is null and r.expires_at > ?""")
                .params(username == null ? "" : username.strip(), Codes.digest(code), OffsetDateTime.now(clock))
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username")))
                .optional();
        if (pending.isEmpty()) {
            throttle.failed(keys);
            throw InvalidInput.of("code", "membership.validation.resetCode");
        }
        PasswordPolicy.check("newPassword", pending.get().username(), password);
        if (!password.equals(confirmation)) {
            throw InvalidInput.of("confirmPassword", "validation.password.confirm");
        }
        transaction.executeWithoutResult(t -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int used = jdbc.sql("update password_reset set used_at = ? where id = ? and used_at is null")
                    .params(now, pending.get().id()).update();
            if (used == 0) {
                throw InvalidInput.of("code", "membership.validation.resetCode");
            }
            long account = pending.get().accountId();
            jdbc.sql("update account set password_hash = ?, failed_attempts = 0, locked_until = null, "
                    + "credentials_changed_at = ? where id = ?")
                    .params(passwords.encode(password), now, account).update();
            jdbc.sql("update api_token set revoked = true where account_id = ?").param(account).update();
            sessions.closeOthers(account, null, Sessions.PASSWORD);
            StaffAccounts.releaseSignInLock(jdbc, account);
            audit.record(null, "PASSWORD_RESET_USED", Joining.SUBJECT, account, null);
        });
    }

    /** A reset code as handed out once. */
    public record IssuedReset(String code, OffsetDateTime expiresAt) implements Serializable {
    }

    record Pending(long id, long accountId, String username) {
    }
}
