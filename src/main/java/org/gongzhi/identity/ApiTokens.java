package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.security.Actor;

/** Bearer tokens for integrations. Only a digest of each token is stored. */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${gongzhi.security.token-validity:PT12H}") Duration validity,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new token; the caller must already have proved who the account is. */
    public IssuedToken issue(long accountId) {
        return issue(accountId, null, null);
    }

    /** A new token for the program with this User-Agent at this address (both shown to the account's person later). */
    public IssuedToken issue(long accountId, String userAgent, String address) {
        return issue(accountId, userAgent, address, false);
    }

    /**
     * A new token; {@code secondFactor}: the caller gave a second-factor code as well, and the token may do what
     * needs one (reveal, export), as a session that passed {@code /login/code} may.
     */
    public IssuedToken issue(long accountId, String userAgent, String address, boolean secondFactor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "gz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(validity);
        jdbc.sql("""
                insert into api_token (community_id, account_id, token_digest, created_at, expires_at, device, address,
                    second_factor)
                values ((select community_id from account where id = ?), ?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, accountId, digest(token), now, expires, Devices.summary(userAgent), Devices.address(address),
                        secondFactor)
                .update();
        return new IssuedToken(token, "Bearer", expires, validity.toSeconds());
    }

    /** Who holds a live token, with the roles in force today, and whether it was issued for a second-factor code. */
    public record Holder(Actor actor, boolean secondFactor) {
    }

    /**
     * The holder of a live token of an account that may act now, with its roles and whether the token carries the
     * second factor: a token follows its account, so it stops while the account is deactivated, locked by staff or
     * locked after failed sign-ins. One statement, the token joined with its account and the roles in force, since
     * every call a program makes begins with it. Notes that the token was used now (at most once a minute).
     */
    public Optional<Holder> holder(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        record Used(long id, OffsetDateTime lastUsedAt, boolean secondFactor, Actor actor) {
        }
        Optional<Used> used = jdbc.sql("""
                select t.id as token_id, t.last_used_at, t.second_factor,
                    a.id, a.username, a.display_name, a.community_id, a.resident_id, a.care_mode,
                    r.role, r.scope_type, r.scope_id
                from api_token t join account a on a.id = t.account_id
                left join account_role r on r.account_id = a.id
                    and (r.term_from is null or r.term_from <= ?) and (r.term_until is null or r.term_until >= ?)
                where t.token_digest = ? and not t.revoked and t.expires_at > ? and a.enabled and a.locked_at is null
                  and (a.locked_until is null or a.locked_until <= ?)""")
                .params(today, today, digest(token), now, now)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<Used>empty();
                    }
                    long id = rs.getLong("token_id");
                    OffsetDateTime lastUsedAt = rs.getObject("last_used_at", OffsetDateTime.class);
                    boolean secondFactor = rs.getBoolean("second_factor");
                    return Optional.of(new Used(id, lastUsedAt, secondFactor, Accounts.actorFromRows(rs)));
                });
        used.filter(u -> u.lastUsedAt() == null || u.lastUsedAt().plusMinutes(1).isBefore(now))
                .ifPresent(u -> jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, u.id())
                        .update());
        return used.map(u -> new Holder(u.actor(), u.secondFactor()));
    }

    /** The account's own live tokens, newest first: when each was issued and until when it works. */
    public List<TokenInfo> live(long accountId) {
        return jdbc.sql("""
                select id, created_at, expires_at, last_used_at, device, address from api_token
                where account_id = ? and not revoked and expires_at > ? order by id desc""")
                .params(accountId, OffsetDateTime.now(clock))
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class), rs.getString("device"),
                        rs.getString("address")))
                .list();
    }

    /** Ends one of the account's own live tokens at once; whether it was the account's (and live) is its answer. */
    public boolean revoke(long accountId, long tokenId) {
        boolean revoked = jdbc.sql("update api_token set revoked = true where id = ? and account_id = ? and not revoked")
                .params(tokenId, accountId).update() > 0;
        if (revoked) {
            audit.record(null, "TOKEN_REVOKED", "account", accountId, "token " + tokenId);
        }
        return revoked;
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token as its holder sees it later: when and to what it was issued, when last used; never the token itself.
     */
    public record TokenInfo(long id, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
            String device, String address) {
    }

    /** A token as handed out once. */
    public record IssuedToken(String accessToken, String tokenType, OffsetDateTime expiresAt, long expiresIn) {
    }
}
