package org.gongzhi.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.scheduling.JobLease;

/**
 * Throttles password checks per user name (as typed, whether an account has it or not) and per client address.
 * Each check is claimed before it is made, by one conditional update of a counter, so that parallel guesses cannot
 * all be checked: with a limit of 5, at most 5 passwords are ever compared per window. The client address is
 * throttled first and more loosely (a household or office shares one); a user name that reaches its limit is locked
 * for a short time that doubles with each lock in a row, up to a ceiling — long enough to stop guessing, short enough
 * that nobody can keep the real person out for good; staff can lift it at once (unlock on the account's page).
 */
@Component
public class LoginThrottle {

    static final String USER = "user:";
    static final String ADDRESS = "addr:";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int perName;
    private final int perAddress;
    private final Duration window;
    private final Duration firstLock;
    private final Duration longestLock;
    private final JobLease leases;

    LoginThrottle(JdbcClient jdbc, AuditTrail audit, Clock clock,
            @Value("${gongzhi.security.max-failed-logins:5}") int perName,
            @Value("${gongzhi.security.max-failed-logins-per-address:20}") int perAddress,
            @Value("${gongzhi.security.failed-login-window:PT15M}") Duration window,
            @Value("${gongzhi.security.first-lock:PT1M}") Duration firstLock,
            @Value("${gongzhi.security.lockout-max:PT1H}") Duration longestLock, JobLease leases) {
        this.leases = leases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.perName = perName;
        this.perAddress = perAddress;
        this.window = window;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    /** A password check that may go ahead, for this user name from this address. */
    public record Claim(String userKey, String addressKey) {
    }

    /** The throttle key of a user name: names are compared as accounts store them, without case. */
    static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return USER + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    /** Claims one password check, or nothing when the address or the user name has used up its checks. */
    public Optional<Claim> claim(String username, String address) {
        String addressKey = ADDRESS + (address == null ? "unknown" : address);
        String userKey = userKey(username);
        if (!take(addressKey, perAddress)) {
            return Optional.empty();
        }
        if (!take(userKey, perName)) {
            refund(addressKey);
            return Optional.empty();
        }
        return Optional.of(new Claim(userKey, addressKey));
    }

    /** The password was right: the name starts afresh, and the address gets its check back. */
    public void succeeded(Claim claim) {
        jdbc.sql("update login_throttle set attempts = 0, lock_count = 0, locked_until = null where throttle_key = ?")
                .param(claim.userKey()).update();
        refund(claim.addressKey());
    }

    /**
     * The password was wrong: the check stays used; the name that has used up its checks locks, once, for a time
     * that doubles with each lock in a row. Returns the account's lock time if this failure locked the name.
     */
    public Optional<OffsetDateTime> failed(Claim claim) {
        OffsetDateTime now = now();
        int locks = jdbc.sql("select lock_count from login_throttle where throttle_key = ?").param(claim.userKey())
                .query(Integer.class).optional().orElse(0);
        OffsetDateTime until = now.plus(lockFor(locks));
        int locked = jdbc.sql("""
                update login_throttle set locked_until = ?, lock_count = lock_count + 1, attempts = 0,
                    window_started = ?
                where throttle_key = ? and attempts >= ? and (locked_until is null or locked_until <= ?)""")
                .params(until, now, claim.userKey(), perName, now).update();
        if (locked == 0) {
            return Optional.empty();
        }
        String username = claim.userKey().substring(USER.length());
        jdbc.sql("update account set locked_until = ? where lower(username) = ?").params(until, username).update();
        jdbc.sql("select id from account where lower(username) = ?").param(username).query(Long.class).optional()
                .ifPresent(id -> audit.record(null, "ACCOUNT_LOCKED", "account", id, "after " + perName
                        + " failed sign-ins, until " + until));
        return Optional.of(until);
    }

    /**
     * Forgets the rows nothing depends on any more — window over, no lock running, none in a row for a day — so that
     * sprayed unknown names and passing addresses do not pile up. Returns how many it forgot.
     */
    public int purge() {
        OffsetDateTime now = now();
        return jdbc.sql("""
                delete from login_throttle where window_started <= ? and (locked_until is null or locked_until <= ?)
                  and (lock_count = 0 or window_started <= ?)""")
                .params(now.minus(window), now, now.minus(Duration.ofDays(1))).update();
    }

    /** On one instance at a time (docs/operations.md, "Several identical instances"). */
    @Scheduled(initialDelayString = "${gongzhi.security.throttle-purge-delay:PT10M}", fixedDelayString = "PT1H")
    void purgeOnce() {
        leases.runAlone("login-throttle-purge", Duration.ofMinutes(10), Duration.ofMinutes(30), () -> purge());
    }

    /** How long the n-th lock in a row (from 0) lasts: the first lock, doubled n times, at most the longest. */
    Duration lockFor(int earlierLocks) {
        Duration d = firstLock;
        for (int i = 0; i < earlierLocks && d.compareTo(longestLock) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(longestLock) > 0 ? longestLock : d;
    }

    /** One conditional update: true if a check was still free for the key in its window and it is not locked. */
    private boolean take(String key, int limit) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into login_throttle (throttle_key, attempts, window_started, lock_count) values (?, 0, ?, 0)
                on conflict do nothing""").params(key, now).update();
        jdbc.sql("""
                update login_throttle set attempts = 0, window_started = ?
                where throttle_key = ? and window_started <= ? and (locked_until is null or locked_until <= ?)""")
                .params(now, key, now.minus(window), now).update();
        return jdbc.sql("""
                update login_throttle set attempts = attempts + 1
                where throttle_key = ? and attempts < ? and (locked_until is null or locked_until <= ?)""")
                .params(key, limit, now).update() == 1;
    }

    private void refund(String key) {
        jdbc.sql("update login_throttle set attempts = attempts - 1 where throttle_key = ? and attempts > 0")
                .param(key).update();
    }

    /** The client's address as the server sees it (behind a proxy, from its forwarded headers). */
    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
