package org.gongzhi.identity.membership;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Staff decide waiting sign-ups (in person, or by the ID digits that matched), raise a resident to owner when the
 * register names them owner, and withdraw a level. The account's link to its resident and its RESIDENT and OWNER roles
 * follow the levels it holds: without a household level it may read, not support, vote or report.
 */
@Service
public class Verifications {

    private final JdbcClient jdbc;
    private final RegisterMatch match;
    private final AccountPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;

    Verifications(JdbcClient jdbc, RegisterMatch match, AccountPermissions permissions, AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.match = match;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Sign-ups waiting for staff, oldest first, with what the register says about them. */
    public PageResult<PendingJoin> pending(Actor actor, int page, int size) {
        Permissions.require(permissions.mayAdminister(actor));
        long community = actor.communityId();
        List<PendingJoin> items = jdbc.sql("""
                select j.id, j.account_id, a.username, j.claimed_name, j.phone, j.building_number, j.unit_number, j.room,
                       j.method, j.matched_resident_id is not null as register_match, j.id_tail_matches, j.created_at
                from account_join j join account a on a.id = j.account_id
                where j.community_id = ? and j.status = 'PENDING' order by j.id limit ? offset ?""")
                .params(community, size, page * size)
                .query((rs, n) -> new PendingJoin(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
                        rs.getString("claimed_name"), Masking.phone(rs.getString("phone")),
                        new HomeAddress(rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room")),
                        JoinMethod.valueOf(rs.getString("method")), rs.getBoolean("register_match"),
                        rs.getBoolean("id_tail_matches"), rs.getObject("created_at", OffsetDateTime.class)))
                .list();
        long total = jdbc.sql("select count(*) from account_join where community_id = ? and status = 'PENDING'")
                .param(community).query(Long.class).single();
        return new PageResult<>(items, page, size, total);
    }

    /** Approves a waiting sign-up: staff saw the ID card, or the ID digits matched the register. */
    @Transactional
    public void approve(Actor actor, long joinId, VerificationMethod method) {
        Join join = pendingJoin(actor, joinId);
        if (method == null || method == VerificationMethod.HOUSEHOLD_CODE) {
            throw InvalidInput.of("method", "membership.validation.method");
        }
        if (join.residentId() == null) {
            throw new Refused("membership.refused.noMatch", "the register has no such resident at that address");
        }
        if (method == VerificationMethod.ID_DIGITS_APPROVED && !join.idTailMatches()) {
            throw new Refused("membership.refused.idTail", "the ID digits did not match");
        }
        long linked = jdbc.sql("select count(*) from account where resident_id = ?").param(join.residentId())
                .query(Long.class).single();
        if (linked > 0) {
            throw new Refused("membership.refused.alreadyLinked", "the resident already has an account");
        }
        decide(join, JoinStatus.VERIFIED, actor);
        record(join.communityId(), join.accountId(), join.residentId(), VerificationLevel.HOUSEHOLD_RESIDENT, method,
                actor.accountId());
        audit.record(join.communityId(), "ACCOUNT_VERIFIED", Joining.SUBJECT, join.accountId(), method.name());
    }

    @Transactional
    public void reject(Actor actor, long joinId) {
        Join join = pendingJoin(actor, joinId);
        decide(join, JoinStatus.REJECTED, actor);
        audit.record(join.communityId(), "ACCOUNT_JOIN_REJECTED", Joining.SUBJECT, join.accountId(), null);
    }

    /** Raises a verified resident to owner when the register names them owner of a unit. */
    @Transactional
    public void verifyOwner(Actor actor, long accountId) {
        Permissions.require(permissions.mayAdminister(actor));
        long community = actor.communityId();
        Long resident = jdbc.sql("select resident_id from account where id = ? and community_id = ?")
                .params(accountId, community).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("account"));
        if (resident == null || !holds(accountId, VerificationLevel.HOUSEHOLD_RESIDENT)) {
            throw new Refused("membership.refused.notResident", "verify the household first");
        }
        if (holds(accountId, VerificationLevel.UNIT_OWNER)) {
            throw new Refused("membership.refused.alreadyOwner", "already verified as owner");
        }
        if (!match.isOwner(resident)) {
            throw new Refused("membership.refused.notOwner", "the register names no unit this resident owns");
        }
        record(community, accountId, resident, VerificationLevel.UNIT_OWNER, VerificationMethod.IN_PERSON,
                actor.accountId());
        audit.record(community, "ACCOUNT_VERIFIED_OWNER", Joining.SUBJECT, accountId, null);
    }

    /** Withdraws a level (a move-out, a mistake); the household level takes the owner level and the link with it. */
    @Transactional
    public void withdraw(Actor actor, long accountId, long verificationId, String reason) {
        Permissions.require(permissions.mayAdminister(actor));
        long community = actor.communityId();
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw InvalidInput.of("reason", "membership.validation.reason");
        }
        VerificationLevel level = jdbc.sql("""
                select level from account_verification
                where id = ? and account_id = ? and community_id = ? and withdrawn_at is null""")
                .params(verificationId, accountId, community).query(String.class).optional()
                .map(VerificationLevel::valueOf).orElseThrow(() -> new NotFound("verification"));
        String which = level == VerificationLevel.HOUSEHOLD_RESIDENT ? "" : " and level = 'UNIT_OWNER'";
        jdbc.sql("update account_verification set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? "
                + "where account_id = ? and withdrawn_at is null" + which)
                .params(OffsetDateTime.now(clock), actor.accountId(), reason.strip(), accountId).update();
        jdbc.sql("delete from account_role where account_id = ? and role = 'OWNER'").param(accountId).update();
        if (level == VerificationLevel.HOUSEHOLD_RESIDENT) {
            jdbc.sql("delete from account_role where account_id = ? and role in ('RESIDENT', 'RESIDENT_REPRESENTATIVE')")
                    .param(accountId).update();
            jdbc.sql("update account set resident_id = null where id = ?").param(accountId).update();
        }
        audit.record(community, "ACCOUNT_VERIFICATION_WITHDRAWN", Joining.SUBJECT, accountId,
                level.name() + ": " + reason.strip());
    }

    /** The levels an account holds and held, newest first. */
    public List<Verification> of(long accountId) {
        return jdbc.sql("""
                select v.id, v.level, v.method, b.display_name as verified_by, v.verified_at, v.withdrawn_at,
                       w.display_name as withdrawn_by, v.withdrawal_reason
                from account_verification v left join account b on b.id = v.verified_by
                left join account w on w.id = v.withdrawn_by
                where v.account_id = ? order by v.id desc""")
                .param(accountId)
                .query((rs, n) -> new Verification(rs.getLong("id"), VerificationLevel.valueOf(rs.getString("level")),
                        VerificationMethod.valueOf(rs.getString("method")), rs.getString("verified_by"),
                        rs.getObject("verified_at", OffsetDateTime.class),
                        rs.getObject("withdrawn_at", OffsetDateTime.class), rs.getString("withdrawn_by"),
                        rs.getString("withdrawal_reason")))
                .list();
    }

    /** Records a level and gives the account the role and resident link that go with it. */
    void record(long community, long accountId, long residentId, VerificationLevel level, VerificationMethod method,
            Long by) {
        jdbc.sql("""
                insert into account_verification (community_id, account_id, resident_id, level, method, verified_by,
                    verified_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(community, accountId, residentId, level.name(), method.name(), by, OffsetDateTime.now(clock))
                .update();
        jdbc.sql("update account set resident_id = ? where id = ?").params(residentId, accountId).update();
        String role = level == VerificationLevel.HOUSEHOLD_RESIDENT ? "RESIDENT" : "OWNER";
        long held = jdbc.sql("select count(*) from account_role where account_id = ? and role = ? and scope_type = 'COMMUNITY'")
                .params(accountId, role).query(Long.class).single();
        if (held == 0) {
            jdbc.sql("insert into account_role (community_id, account_id, role, scope_type) values (?, ?, ?, 'COMMUNITY')")
                    .params(community, accountId, role).update();
        }
    }

    private boolean holds(long accountId, VerificationLevel level) {
        return jdbc.sql("select count(*) from account_verification where account_id = ? and level = ? and withdrawn_at is null")
                .params(accountId, level.name()).query(Long.class).single() > 0;
    }

    private Join pendingJoin(Actor actor, long joinId) {
        Permissions.require(permissions.mayAdminister(actor));
        long community = actor.communityId();
        Join join = jdbc.sql("""
                select id, community_id, account_id, matched_resident_id, id_tail_matches, status from account_join
                where id = ? and community_id = ?""")
                .params(joinId, community)
                .query((rs, n) -> new Join(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("account_id"),
                        rs.getObject("matched_resident_id", Long.class), rs.getBoolean("id_tail_matches"),
                        JoinStatus.valueOf(rs.getString("status"))))
                .optional().orElseThrow(() -> new NotFound("join"));
        if (join.status() != JoinStatus.PENDING) {
            throw new Refused("membership.refused.decided", "this sign-up was already decided");
        }
        return join;
    }

    private void decide(Join join, JoinStatus status, Actor actor) {
        int changed = jdbc.sql("""
                update account_join set status = ?, decided_by = ?, decided_at = ? where id = ? and status = 'PENDING'""")
                .params(status.name(), actor.accountId(), OffsetDateTime.now(clock), join.id()).update();
        if (changed == 0) {
            throw new Refused("membership.refused.decided", "this sign-up was already decided");
        }
    }

    /** A sign-up as staff see it: the phone masked, and only whether the register matched, not whom. */
    public record PendingJoin(long id, long accountId, String username, String name, String phone, HomeAddress address,
            JoinMethod method, boolean registerMatch, boolean idTailMatches, OffsetDateTime createdAt) {
    }

    public record Verification(long id, VerificationLevel level, VerificationMethod method, String verifiedBy,
            OffsetDateTime verifiedAt, OffsetDateTime withdrawnAt, String withdrawnBy, String withdrawalReason) {

        public boolean active() {
            return withdrawnAt == null;
        }
    }

    record Join(long id, long communityId, long accountId, Long residentId, boolean idTailMatches, JoinStatus status) {
    }
}
