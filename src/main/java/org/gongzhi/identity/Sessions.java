package org.gongzhi.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.audit.AuditTrail;

/**
 * The places an account is signed in: one row per sign-in, whose id the (container) session keeps. Each request of
 * such a session asks {@link #stillOpen} first, so a session its person ended stops on its very next request, in
 * whichever browser it is. The session id itself is never stored.
 */
@Service
public class Sessions {

    /** The session attribute holding this sign-in's row id. */
    public static final String RECORD = "gongzhi.sessionRecord";

    /** How a session ended: its person ended it, signed out, it timed out, or the account's credentials or state. */
    public static final String ENDED = "ENDED";
    public static final String SIGNED_OUT = "SIGNED_OUT";
    public static final String EXPIRED = "EXPIRED";
    public static final String PASSWORD = "PASSWORD";
    public static final String LOCKED = "LOCKED";

    /**
     * "Last used" is written at most this often, so that a busy page does not write on every request: the sign-in's
     * record here, and the stored session's row (StoredSessionWrites).
     */
    public static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration timeout;

    Sessions(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${server.servlet.session.timeout:PT8H}") Duration timeout) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Records a sign-in from this user agent and address; the answer goes into the session as {@link #RECORD}. */
    public long begin(long accountId, String userAgent, String address) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account_session (community_id, account_id, signed_in_at, last_used_at, device, address)
                values ((select community_id from account where id = ?), ?, ?, ?, ?, ?)""")
                .params(accountId, accountId, now, now, Devices.summary(userAgent), Devices.address(address))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /**
     * Marks as EXPIRED the sign-ins left idle past the session timeout that nobody ended, as ended at their last use
     * plus the timeout: stored sessions time out in the database, and no container event tells of it. The number
     * marked.
     */
    public int expireIdle() {
        OffsetDateTime idleSince = OffsetDateTime.now(clock).minus(timeout);
        int marked = 0;
        for (long community : jdbc.sql("select id from register_community order by id").query(Long.class).list()) {
            marked += jdbc.sql("""
                    update account_session
                    set ended_how = ?, ended_at = last_used_at + cast(? as integer) * interval '1' second
                    where community_id = ? and ended_at is null and last_used_at < ?""")
                    .params(EXPIRED, timeout.toSeconds(), community, idleSince).update();
        }
        return marked;
    }

    /**
     * Whether this sign-in of this account may go on (not ended, not idle past the session timeout); notes that it was
     * used now.
     */
    public boolean stillOpen(long accountId, long record) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var lastUsed = jdbc.sql("select last_used_at from account_session where id = ? and account_id = ? "
                        + "and ended_at is null")
                .params(record, accountId).query(OffsetDateTime.class).optional();
        if (lastUsed.isEmpty() || lastUsed.get().plus(timeout).isBefore(now)) {
            return false;
        }
        if (lastUsed.get().plus(USE_GRANULARITY).isBefore(now)) {
            jdbc.sql("update account_session set last_used_at = ? where id = ?").params(now, record).update();
        }
        return true;
    }

    /** The account's open sessions, most recently used first. */
    public List<OpenSession> open(long accountId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                select id, signed_in_at, last_used_at, device, address from account_session
                where account_id = ? and ended_at is null and last_used_at > ? order by last_used_at desc, id desc""")
                .params(accountId, now.minus(timeout))
                .query((rs, n) -> new OpenSession(rs.getLong("id"), rs.getObject("signed_in_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class), rs.getString("device"),
                        rs.getString("address"), false))
                .list();
    }

    /** Ends one of the account's own open sessions at its person's wish; false if it is not theirs or not open. */
    public boolean end(long accountId, long record) {
        int ended = jdbc.sql("update account_session set ended_at = ?, ended_how = ? "
                        + "where id = ? and account_id = ? and ended_at is null")
                .params(OffsetDateTime.now(clock), ENDED, record, accountId).update();
        if (ended > 0) {
            audit.record(null, "SESSION_ENDED", "account", accountId, "session " + record);
        }
        return ended > 0;
    }

    /** Ends every other open session of the account at its person's wish; how many there were. */
    public int endOthers(long accountId, Long keep) {
        int ended = closeOthers(accountId, keep, ENDED);
        if (ended > 0) {
            audit.record(null, "SESSIONS_ENDED", "account", accountId, ended + " other sessions");
        }
        return ended;
    }

    /** Marks one sign-in as over (signed out, timed out, refused for the account's state); not an audited act. */
    public void close(long record, String how) {
        jdbc.sql("update account_session set ended_at = ?, ended_how = ? where id = ? and ended_at is null")
                .params(OffsetDateTime.now(clock), how, record).update();
    }

    /**
     * Marks every open sign-in of the account but {@code keep} (null: every one) as over, for the reason given: the
     * account's password changed, or staff locked or deactivated it. Those sessions stop on their next request anyway
     * (the account's state is checked then); this keeps the list of open sessions true meanwhile.
     */
    public int closeOthers(long accountId, Long keep, String how) {
        return jdbc.sql("update account_session set ended_at = ?, ended_how = ? "
                        + "where account_id = ? and ended_at is null and id <> ?")
                .params(OffsetDateTime.now(clock), how, accountId, keep == null ? -1L : keep).update();
    }

    /** A session as its person sees it: where and when it signed in and was last used, never its id in the cookie. */
    public record OpenSession(long id, OffsetDateTime signedInAt, OffsetDateTime lastUsedAt, String device,
            String address, boolean current) {

        public OpenSession asCurrent() {
            return new OpenSession(id, signedInAt, lastUsedAt, device, address, true);
        }
    }
}
