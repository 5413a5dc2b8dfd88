package org.gongzhi.cases.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;

/** The API keys city systems file Open311 requests with; only a SHA-256 digest of each key is stored. */
@Service
public class Open311Keys {

    public static final String SUBJECT = "open311_key";
    static final int MAX_LABEL = 40;

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    Open311Keys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public static boolean mayManage(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    public List<Open311Key> list(Actor actor) {
        return jdbc.sql("""
                select id, label, created_by, created_at, revoked, revoked_by, revoked_at from open311_key
                where community_id = ? order by revoked, created_at desc, id desc""")
                .param(managedCommunity(actor)).query(Rows.of(Open311Key.class)).list();
    }

    @Transactional
    public Open311Key.Issued issue(Actor actor, String label) {
        long community = managedCommunity(actor);
        String name = label(label);
        String key = "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        long id = store(community, name, key, actor.username());
        audit.record(community, "OPEN311_KEY_ISSUED", SUBJECT, id, "label " + name);
        return new Open311Key.Issued(id, name, key);
    }

    @Transactional
    public void revoke(Actor actor, long id) {
        long community = managedCommunity(actor);
        int changed = jdbc.sql("""
                update open311_key set revoked = true, revoked_by = ?, revoked_at = ?
                where id = ? and community_id = ? and revoked = false""")
                .params(actor.username(), OffsetDateTime.now(clock), id, community).update();
        if (changed == 0 && !exists(community, id)) {
            throw new NotFound("Open311 key " + id);
        }
        if (changed > 0) {
            audit.record(community, "OPEN311_KEY_REVOKED", SUBJECT, id, "revoked");
        }
    }

    /** The key's holder, if the key is known and not revoked. */
    public Optional<Open311Key.Verified> verify(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, community_id, label from open311_key where key_digest = ? and revoked = false")
                .param(digest(key.strip())).query(Rows.of(Open311Key.Verified.class)).optional();
    }

    /** Stores a known key once, however often it is asked (the demo key). */
    @Transactional
    public void seed(long communityId, String label, String key) {
        if (jdbc.sql("select count(*) from open311_key where key_digest = ?").param(digest(key))
                .query(Long.class).single() == 0) {
            long id = store(communityId, label, key, "system");
            audit.record(communityId, "OPEN311_KEY_ISSUED", SUBJECT, id, "label " + label);
        }
    }

    private long store(long community, String label, String key, String by) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into open311_key (community_id, label, key_digest, created_by, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(community, label, digest(key), by, OffsetDateTime.now(clock))
                .update(id, "id");
        return Objects.requireNonNull(id.getKey()).longValue();
    }

    private boolean exists(long community, long id) {
        return jdbc.sql("select count(*) from open311_key where id = ? and community_id = ?")
                .params(id, community).query(Long.class).single() > 0;
    }

    private static long managedCommunity(Actor actor) {
        Permissions.require(mayManage(actor) && actor.communityId() != null);
        return actor.communityId();
    }

    private static String label(String label) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            throw InvalidInput.of("label", "validation.required");
        }
        if (text.length() > MAX_LABEL) {
            throw InvalidInput.of("label", "validation.tooLong", MAX_LABEL);
        }
        return text;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }

    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
