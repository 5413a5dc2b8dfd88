package org.gongzhi.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;

/** Opening accounts, granting roles, changing passwords and remembering display preferences. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long open(NewAccount account) {
        if (account.username() == null || !account.username().matches("[a-z0-9._-]{3,60}")) {
            throw InvalidInput.of("username", "validation.username");
        }
        if (exists(account.username())) {
            throw InvalidInput.of("username", "validation.username.taken");
        }
        PasswordPolicy.check("password", account.username(), account.password());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (community_id, username, password_hash, display_name, resident_id, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(account.communityId(), account.username(), passwords.encode(account.password()),
                        account.displayName(), account.residentId(), OffsetDateTime.now(clock))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (RoleGrant grant : account.grants()) {
            jdbc.sql("insert into account_role (community_id, account_id, role, scope_type, scope_id) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(account.communityId(), id, grant.role().name(), grant.scopeType().name(), grant.scopeId()).update();
        }
        audit.record(account.communityId(), "ACCOUNT_OPENED", "account", id,
                account.username() + " " + account.grants().stream().map(g -> g.role().name()).sorted().toList());
        return id;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public boolean anyAdministrator() {
        return jdbc.sql("select count(*) from account_role where role = 'ADMIN'").query(Long.class).single() > 0;
    }

    /**
     * The session attribute holding when the session signed in (epoch milliseconds); a session signed in before the
     * account's last password change is ended on its next request.
     */
    public static final String SIGNED_IN_AT = "gongzhi.signedInAt";

    /**
     * Changes the password and ends the account's tokens; every session signed in before this moment ends on its next
     * request. Returns the moment, which the session that made the change takes as its own sign-in time to stay.
     */
    @Transactional
    public java.time.Instant changePassword(long accountId, String current, String next, String confirmation) {
        Credentials row = jdbc.sql("select username, password_hash from account where id = ?").param(accountId)
                .query(Rows.of(Credentials.class)).single();
        if (!passwords.matches(current == null ? "" : current, row.passwordHash())) {
            throw InvalidInput.of("currentPassword", "validation.password.wrong");
        }
        PasswordPolicy.check("newPassword", row.username(), next);
        if (!next.equals(confirmation)) {
            throw InvalidInput.of("confirmPassword", "validation.password.confirm");
        }
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        jdbc.sql("update account set password_hash = ?, credentials_changed_at = ? where id = ?")
                .params(passwords.encode(next), now, accountId).update();
        jdbc.sql("update api_token set revoked = true where account_id = ?").param(accountId).update();
        audit.record(null, "PASSWORD_CHANGED", "account", accountId, null);
        return now.toInstant();
    }

    public void rememberCareMode(long accountId, boolean on) {
        jdbc.sql("update account set care_mode = ? where id = ?").params(on, accountId).update();
    }

    public void rememberLanguage(long accountId, String tag) {
        jdbc.sql("update account set locale = ? where id = ?").params(tag, accountId).update();
    }

    public Optional<String> language(long accountId) {
        return jdbc.sql("select locale from account where id = ?").param(accountId).query(String.class).optional();
    }

    /**
     * The actor an account acts as, with every role it holds now: one statement, the account's row joined with each
     * of its roles in force (none: one row without a role). Every sign-in reads it; a bearer call reads the same
     * with its token ({@link ApiTokens#holder}).
     */
    public Optional<Actor> actor(String username) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.community_id, a.resident_id, a.care_mode,
                    r.role, r.scope_type, r.scope_id
                from account a left join account_role r on r.account_id = a.id
                    and (r.term_from is null or r.term_from <= ?) and (r.term_until is null or r.term_until >= ?)
                where a.username = ?""")
                .params(today, today, username)
                .query(rs -> rs.next() ? Optional.of(actorFromRows(rs)) : Optional.<Actor>empty());
    }

    /**
     * The account on the result set's current row, with the role of that row and of every row after it (an account
     * joined with its roles: one row for each role, one with no role for an account that has none).
     */
    static Actor actorFromRows(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String name = rs.getString("username");
        String displayName = rs.getString("display_name");
        Long community = rs.getObject("community_id", Long.class);
        Long resident = rs.getObject("resident_id", Long.class);
        boolean careMode = rs.getBoolean("care_mode");
        Set<RoleGrant> grants = new HashSet<>();
        do {
            String role = rs.getString("role");
            if (role != null) {
                grants.add(new RoleGrant(Role.valueOf(role), ScopeType.valueOf(rs.getString("scope_type")),
                        rs.getObject("scope_id", Long.class)));
            }
        } while (rs.next());
        return new Actor(id, name, displayName, community, resident, careMode, Set.copyOf(grants));
    }

    record Credentials(String username, String passwordHash) {
    }
}
