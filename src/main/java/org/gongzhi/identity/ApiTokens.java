package org.gongzhi.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Bearer tokens for integrations. Only a digest of each token is stored. */
@Service
public class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${gongzhi.security.token-validity:PT12H}") Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new token; the caller must already have proved who the account is. */
    public IssuedToken issue(long accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "gz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(validity);
        jdbc.sql("insert into api_token (account_id, token_digest, created_at, expires_at) values (?, ?, ?, ?)")
                .params(accountId, digest(token), now, expires).update();
        return new IssuedToken(token, "Bearer", expires, validity.toSeconds());
    }

    /**
     * The user name behind a live token of an account that may act now: a token follows its account, so it stops
     * while the account is deactivated, locked by staff or locked after failed sign-ins.
     */
    public Optional<String> username(String token) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("""
                select a.username from api_token t join account a on a.id = t.account_id
                where t.token_digest = ? and not t.revoked and t.expires_at > ? and a.enabled and a.locked_at is null
                  and (a.locked_until is null or a.locked_until <= ?)""")
                .params(digest(token), now, now)
                .query(String.class).optional();
    }

    /** The account's own live tokens, newest first: when each was issued and until when it works. */
    public List<TokenInfo> live(long accountId) {
        return jdbc.sql("""
                select id, created_at, expires_at from api_token
                where account_id = ? and not revoked and expires_at > ? order by id desc""")
                .params(accountId, OffsetDateTime.now(clock))
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .list();
    }

    /** Ends one of the account's own tokens; whether it was the account's is its answer. */
    public boolean revoke(long accountId, long tokenId) {
        return jdbc.sql("update api_token set revoked = true where id = ? and account_id = ?")
                .params(tokenId, accountId).update() > 0;
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as its holder sees it later: never the token itself. */
    public record TokenInfo(long id, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
    }

    /** A token as handed out once. */
    public record IssuedToken(String accessToken, String tokenType, OffsetDateTime expiresAt, long expiresIn) {
    }
}
