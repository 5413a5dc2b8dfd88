package org.gongzhi.identity.membership;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.identity.Sessions;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.shared.web.PageResult;

/**
 * Staff administer the accounts of their community: find them, open staff accounts, lock and unlock them, issue
 * one-time password reset codes and name residents' representatives for a building or grid and a term. All audited;
 * a lock ends the account's tokens at once and its sessions on their next request.
 */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordResets resets;
    private final AccountPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sessions sessions;
    private final SecondFactors factors;

    StaffAccounts(JdbcClient jdbc, Accounts accounts, PasswordResets resets, AccountPermissions permissions,
            AuditTrail audit, Clock clock, Sessions sessions, SecondFactors factors) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.factors = factors;
        this.accounts = accounts;
        this.resets = resets;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accounts whose user name or display name contains the query, by user name, one page. */
    public PageResult<AccountRow> search(Actor actor, String query, int page, int size) {
        long community = community(actor);
        String like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = " from account a where a.community_id = :c and (lower(a.username) like :q or lower(a.display_name) like :q)";
        List<AccountRow> rows = jdbc.sql("""
                select a.id, a.username, a.display_name, a.resident_id is not null as verified, a.enabled,
                       a.locked_at is not null or (a.locked_until is not null and a.locked_until > :now) as locked,
                       a.created_at""" + where + " order by a.username limit :size offset :offset")
                .param("c", community).param("q", like).param("now", OffsetDateTime.now(clock))
                .param("size", size).param("offset", page * size)
                .query((rs, n) -> new AccountRow(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("verified"), rs.getBoolean("locked"),
                        rs.getObject("created_at", OffsetDateTime.class), new ArrayList<>()))
                .list();
        long total = jdbc.sql("select count(*)" + where).param("c", community).param("q", like).query(Long.class)
                .single();
        Map<Long, List<RoleHeld>> grants = grants(rows.stream().map(AccountRow::id).toList());
        rows.forEach(r -> r.grants().addAll(grants.getOrDefault(r.id(), List.of())));
        return new PageResult<>(rows, page, size, total);
    }

    /** One account of the actor's community; any other answers as if it did not exist. */
    public AccountDetail get(Actor actor, long id) {
        long community = community(actor);
        return jdbc.sql("""
                select id, username, display_name, resident_id, enabled, locked_at, locked_until, created_at,
                    (select count(*) from second_factor f where f.account_id = account.id
                        and f.confirmed_at is not null) as second_factor
                from account where id = ? and community_id = ?""")
                .params(id, community)
                .query((ResultSet rs, int n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    OffsetDateTime lockedAt = rs.getObject("locked_at", OffsetDateTime.class);
                    return new AccountDetail(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                            rs.getObject("resident_id", Long.class) != null, rs.getBoolean("enabled"), lockedAt != null,
                            lockedAt == null && lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock)),
                            rs.getObject("created_at", OffsetDateTime.class), rs.getLong("second_factor") > 0,
                            List.of());
                })
                .optional()
                .map(a -> a.with(grants(List.of(a.id())).getOrDefault(a.id(), List.of())))
                .orElseThrow(() -> new NotFound("account"));
    }

    /** Opens a staff account with its roles and scopes; its first password is set with the one-time code returned. */
    @Transactional
    public Opened open(Actor actor, String username, String displayName, Set<RoleGrant> grants) {
        long community = community(actor);
        if (grants == null || grants.isEmpty()) {
            throw InvalidInput.of("grants", "membership.validation.grants");
        }
        for (RoleGrant grant : grants) {
            if (grant.role() == null || !permissions.mayGrant(actor, grant.role())) {
                throw InvalidInput.of("grants", "membership.validation.role");
            }
            checkScope(community, grant.scopeType(), grant.scopeId(), "grants");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 60) {
            throw InvalidInput.of("displayName", "membership.validation.name");
        }
        String unusable = "Gz-" + Codes.generate(24).toLowerCase(Locale.ROOT) + "-1";
        long id = accounts.open(new NewAccount(username, unusable, displayName.strip(), community, null, grants));
        return new Opened(id, resets.issue(community, id, actor.accountId()));
    }

    @Transactional
    public void lock(Actor actor, long id) {
        AccountDetail account = administrable(actor, id);
        if (account.id() == actor.accountId()) {
            throw new Refused("membership.refused.self", "you cannot lock your own account");
        }
        jdbc.sql("update account set locked_at = ?, locked_by = ? where id = ?")
                .params(OffsetDateTime.now(clock), actor.accountId(), id).update();
        jdbc.sql("update api_token set revoked = true where account_id = ?").param(id).update();
        sessions.closeOthers(id, null, Sessions.LOCKED);
        audit.record(actor.communityId(), "ACCOUNT_LOCKED_BY_STAFF", Joining.SUBJECT, id, account.username());
    }

    /** Deactivates (someone left the committee) or activates again; deactivating ends sessions and tokens. */
    @Transactional
    public void activate(Actor actor, long id, boolean active) {
        AccountDetail account = administrable(actor, id);
        if (!active && account.id() == actor.accountId()) {
            throw new Refused("membership.refused.self", "you cannot deactivate your own account");
        }
        jdbc.sql("update account set enabled = ? where id = ?").params(active, id).update();
        if (!active) {
            jdbc.sql("update api_token set revoked = true where account_id = ?").param(id).update();
            sessions.closeOthers(id, null, Sessions.LOCKED);
        }
        audit.record(actor.communityId(), active ? "ACCOUNT_ACTIVATED" : "ACCOUNT_DEACTIVATED", Joining.SUBJECT, id,
                account.username());
    }

    @Transactional
    public void unlock(Actor actor, long id) {
        AccountDetail account = administrable(actor, id);
        jdbc.sql("update account set locked_at = null, locked_by = null, locked_until = null, failed_attempts = 0 "
                + "where id = ?").param(id).update();
        releaseSignInLock(jdbc, id);
        audit.record(actor.communityId(), "ACCOUNT_UNLOCKED", Joining.SUBJECT, id, account.username());
    }

    /** Lifts the lock after failed sign-ins on the account's user name at once (identity's login_throttle). */
    static void releaseSignInLock(JdbcClient jdbc, long accountId) {
        jdbc.sql("delete from login_throttle where throttle_key = (select 'user:' || lower(username) from account "
                + "where id = ?)").param(accountId).update();
    }

    /**
     * Takes away the second factor of someone who lost both the phone and the recovery codes, so that they sign in
     * with their password and set it up again; not one's own (another administrator does that). Their sessions and
     * tokens end, as with a lock: whoever held them may have held the phone too.
     */
    @Transactional
    public void resetSecondFactor(Actor actor, long id) {
        AccountDetail account = administrable(actor, id);
        if (account.id() == actor.accountId()) {
            throw new Refused("membership.refused.selfFactor", "you cannot reset your own second factor");
        }
        if (!factors.remove(id)) {
            throw new Refused("membership.refused.noSecondFactor", "the account has no second factor");
        }
        jdbc.sql("update api_token set revoked = true where account_id = ?").param(id).update();
        sessions.closeOthers(id, null, Sessions.LOCKED);
        audit.record(actor.communityId(), "SECOND_FACTOR_RESET_BY_STAFF", Joining.SUBJECT, id, account.username());
    }

    /** A one-time code with which the person sets a new password; earlier codes stop working. */
    @Transactional
    public PasswordResets.IssuedReset issueReset(Actor actor, long id) {
        administrable(actor, id);
        return resets.issue(actor.communityId(), id, actor.accountId());
    }

    /** Names a verified resident representative of a building or grid for a term. */
    @Transactional
    public void appoint(Actor actor, long id, ScopeType scope, Long scopeId, LocalDate from, LocalDate until) {
        AccountDetail account = administrable(actor, id);
        if (scope != ScopeType.BUILDING && scope != ScopeType.GRID) {
            throw InvalidInput.of("scopeType", "membership.validation.representativeScope");
        }
        checkScope(actor.communityId(), scope, scopeId, "scopeId");
        if (from == null) {
            throw InvalidInput.of("termFrom", "membership.validation.termFrom");
        }
        if (until == null || !until.isAfter(from)) {
            throw InvalidInput.of("termUntil", "membership.validation.termUntil");
        }
        if (!account.verified()) {
            throw new Refused("membership.refused.notResident", "verify the household first");
        }
        long held = jdbc.sql("""
                select count(*) from account_role where account_id = ? and role = 'RESIDENT_REPRESENTATIVE'
                  and scope_type = ? and scope_id = ?""").params(id, scope.name(), scopeId).query(Long.class).single();
        if (held > 0) {
            jdbc.sql("""
                    update account_role set term_from = ?, term_until = ?
                    where account_id = ? and role = 'RESIDENT_REPRESENTATIVE' and scope_type = ? and scope_id = ?""")
                    .params(from, until, id, scope.name(), scopeId).update();
        } else {
            jdbc.sql("""
                    insert into account_role (community_id, account_id, role, scope_type, scope_id, term_from, term_until)
                    values (?, ?, 'RESIDENT_REPRESENTATIVE', ?, ?, ?, ?)""")
                    .params(actor.communityId(), id, scope.name(), scopeId, from, until).update();
        }
        audit.record(actor.communityId(), "REPRESENTATIVE_APPOINTED", Joining.SUBJECT, id,
                scope + " " + scopeId + " " + from + ".." + until);
    }

    /** Ends a representative's term today. */
    @Transactional
    public void endTerm(Actor actor, long id, long grantId) {
        administrable(actor, id);
        int ended = jdbc.sql("""
                update account_role set term_until = ?
                where id = ? and account_id = ? and role = 'RESIDENT_REPRESENTATIVE'""")
                .params(LocalDate.now(clock).minusDays(1), grantId, id).update();
        if (ended == 0) {
            throw new NotFound("grant");
        }
        audit.record(actor.communityId(), "REPRESENTATIVE_TERM_ENDED", Joining.SUBJECT, id, "grant " + grantId);
    }

    private AccountDetail administrable(Actor actor, long id) {
        AccountDetail account = get(actor, id);
        if (!actor.has(Role.ADMIN) && account.grants().stream().anyMatch(g -> g.role() == Role.ADMIN)) {
            throw new Refused("membership.refused.administrator", "only an administrator changes an administrator");
        }
        return account;
    }

    private long community(Actor actor) {
        Permissions.require(permissions.mayAdminister(actor));
        return actor.communityId();
    }

    private void checkScope(long community, ScopeType scope, Long scopeId, String field) {
        if (scope == null) {
            throw InvalidInput.of(field, "membership.validation.scope");
        }
        String view = switch (scope) {
            case COMMUNITY -> null;
            case GRID -> "register_grid";
            case BRANCH -> "register_branch";
            case ZONE -> "register_zone";
            case BUILDING -> "register_building";
            case TEAM, SUBDISTRICT -> "";
        };
        if (view == null ? scopeId != null : view.isEmpty() ? scopeId == null
                : scopeId == null || jdbc.sql("select count(*) from " + view + " where id = ? and community_id = ?")
                        .params(scopeId, community).query(Long.class).single() == 0) {
            throw InvalidInput.of(field, "membership.validation.scope");
        }
    }

    private Map<Long, List<RoleHeld>> grants(List<Long> accountIds) {
        Map<Long, List<RoleHeld>> grants = new HashMap<>();
        if (accountIds.isEmpty()) {
            return grants;
        }
        jdbc.sql("""
                select id, account_id, role, scope_type, scope_id, term_from, term_until from account_role
                where account_id in (:ids) order by role, scope_id""")
                .param("ids", accountIds)
                .query((ResultSet rs) -> {
                    grants.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>()).add(new RoleHeld(
                            rs.getLong("id"), Role.valueOf(rs.getString("role")),
                            ScopeType.valueOf(rs.getString("scope_type")), rs.getObject("scope_id", Long.class),
                            rs.getObject("term_from", LocalDate.class), rs.getObject("term_until", LocalDate.class)));
                });
        return grants;
    }

    public record AccountRow(long id, String username, String displayName, boolean verified, boolean locked,
            OffsetDateTime createdAt, List<RoleHeld> grants) {
    }

    /** An account as staff see it; {@code lockedByStaff} until unlocked, {@code lockedForFailures} until the timer. */
    public record AccountDetail(long id, String username, String displayName, boolean verified, boolean active,
            boolean lockedByStaff, boolean lockedForFailures, OffsetDateTime createdAt, boolean secondFactor,
            List<RoleHeld> grants) {

        AccountDetail with(List<RoleHeld> held) {
            return new AccountDetail(id, username, displayName, verified, active, lockedByStaff, lockedForFailures,
                    createdAt, secondFactor, List.copyOf(held));
        }
    }

    /** One role in one scope; representatives' roles carry a term. */
    public record RoleHeld(long id, Role role, ScopeType scopeType, Long scopeId, LocalDate termFrom,
            LocalDate termUntil) {
    }

    public record Opened(long accountId, PasswordResets.IssuedReset reset) {
    }
}
