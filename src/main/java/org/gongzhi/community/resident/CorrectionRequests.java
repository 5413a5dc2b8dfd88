package org.gongzhi.community.resident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.pii.PiiCipher;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * A resident asks for a correction of their own entry in the register, with a reason (个人信息保护法, article
 * 46); residents' committee staff accept it, and the change is made, or decline it with a reason; the resident sees
 * the outcome. The value asked for is stored encrypted and shown masked when it is a phone number.
 */
@Service
public class CorrectionRequests {

    public static final int MAX_VALUE = 50;
    public static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Residents residents;
    private final ResidentPermissions permissions;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    CorrectionRequests(JdbcClient jdbc, Residents residents, ResidentPermissions permissions, PiiCipher cipher,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.permissions = permissions;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request as the resident and staff see it. */
    public record RegisterCorrectionRequest(long id, long residentId, String residentName, CorrectionField field,
            String requestedValue, String reason, CorrectionStatus status, OffsetDateTime requestedAt,
            OffsetDateTime decidedAt, String decisionReason) {
    }

    public static boolean mayAsk(Actor actor) {
        return actor.residentId() != null && actor.communityId() != null;
    }

    public boolean mayResolve(Actor actor) {
        return permissions.canEdit(actor);
    }

    @Transactional
    public long ask(Actor actor, CorrectionField field, String value, String reason) {
        Permissions.require(mayAsk(actor));
        String wanted = value == null ? "" : value.strip();
        String why = reason == null ? "" : reason.strip();
        if (field == null) {
            throw InvalidInput.of("field", "correction.validation.field");
        }
        if (wanted.isEmpty() || wanted.length() > MAX_VALUE) {
            throw InvalidInput.of("value", "correction.validation.value");
        }
        if (field == CorrectionField.PHONE && !PhoneNumber.isValid(PhoneNumber.normalise(wanted))) {
            throw InvalidInput.of("value", "validation.phone");
        }
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "correction.validation.reason");
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into correction_request (community_id, resident_id, field, requested_value_cipher, reason,
                    status, requested_by, requested_at)
                values (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(actor.communityId(), actor.residentId(), field.name(),
                        cipher.encrypt(field == CorrectionField.PHONE ? PhoneNumber.normalise(wanted) : wanted),
                        why, actor.username(), OffsetDateTime.now(clock))
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        audit.record(actor.communityId(), "CORRECTION_REQUESTED", Residents.SUBJECT, actor.residentId(),
                "request " + id + ": " + field);
        return id;
    }

    public List<RegisterCorrectionRequest> mine(Actor actor) {
        if (!mayAsk(actor)) {
            return List.of();
        }
        return query("r.community_id = ? and r.resident_id = ?", actor.communityId(), actor.residentId());
    }

    /** Requests waiting for staff, oldest first, and the latest decided ones. */
    public List<RegisterCorrectionRequest> forStaff(Actor actor) {
        Permissions.require(mayResolve(actor));
        return query("r.community_id = ?", Permissions.community());
    }

    @Transactional
    public void accept(Actor actor, long requestId) {
        Permissions.require(mayResolve(actor));
        Open open = open(requestId);
        residents.applyCorrection(open.communityId(), open.residentId(), open.field(),
                cipher.decrypt(open.requestedValueCipher()));
        decide(actor, open, CorrectionStatus.ACCEPTED, null);
    }

    @Transactional
    public void decline(Actor actor, long requestId, String reason) {
        Permissions.require(mayResolve(actor));
        Open open = open(requestId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "correction.validation.declineReason");
        }
        decide(actor, open, CorrectionStatus.DECLINED, why);
    }

    private record Open(long id, long communityId, long residentId, CorrectionField field,
            String requestedValueCipher, String status) {
    }

    /** The request if it is of the actor's community (404 otherwise) and still open. */
    private Open open(long requestId) {
        Open open = jdbc.sql("""
                select id, community_id, resident_id, field, requested_value_cipher, status from correction_request
                where id = ? and community_id = ?""")
                .params(requestId, Permissions.community()).query(Rows.of(Open.class)).optional()
                .orElseThrow(() -> new NotFound("correction request " + requestId));
        if (!open.status().equals(CorrectionStatus.OPEN.name())) {
            throw InvalidInput.of("status", "correction.validation.decided");
        }
        return open;
    }

    private void decide(Actor actor, Open open, CorrectionStatus status, String reason) {
        jdbc.sql("""
                update correction_request set status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                where id = ? and status = 'OPEN'""")
                .params(status.name(), actor.username(), OffsetDateTime.now(clock), reason, open.id()).update();
        audit.record(open.communityId(), "CORRECTION_" + status.name(), Residents.SUBJECT, open.residentId(),
                "request " + open.id() + ": " + open.field());
    }

    private List<RegisterCorrectionRequest> query(String where, Object... params) {
        return jdbc.sql("""
                select r.id, r.resident_id, p.name, r.field, r.requested_value_cipher, r.reason, r.status,
                    r.requested_at, r.decided_at, r.decision_reason
                from correction_request r join resident p on p.id = r.resident_id
                where """ + " " + where + """
                 order by case when r.status = 'OPEN' then 0 else 1 end, r.requested_at desc, r.id desc
                limit 200""")
                .params(params)
                .query((rs, n) -> {
                    CorrectionField field = CorrectionField.valueOf(rs.getString("field"));
                    String stored = rs.getString("requested_value_cipher");
                    // emptied when the resident was anonymised after moving out
                    String value = stored == null || stored.isEmpty() ? "" : cipher.decrypt(stored);
                    return new RegisterCorrectionRequest(rs.getLong("id"), rs.getLong("resident_id"),
                            Masking.name(rs.getString("name")), field,
                            field == CorrectionField.PHONE ? Masking.phone(value) : value, rs.getString("reason"),
                            CorrectionStatus.valueOf(rs.getString("status")),
                            rs.getObject("requested_at", OffsetDateTime.class),
                            rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_reason"));
                }).list();
    }
}
