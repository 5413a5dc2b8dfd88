package org.gongzhi.identity.membership;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** Staff print a one-time code for a household; each of its residents may join with it once, until it expires. */
@Service
public class HouseholdCodes {

    private final JdbcClient jdbc;
    private final RegisterMatch match;
    private final AccountPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration validity;

    HouseholdCodes(JdbcClient jdbc, RegisterMatch match, AccountPermissions permissions, AuditTrail audit, Clock clock,
            @Value("${gongzhi.membership.household-code-validity:P30D}") Duration validity) {
        this.jdbc = jdbc;
        this.match = match;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
    }

    /** A new code for the household living at the address, shown once. */
    @Transactional
    public IssuedCode issue(Actor actor, HomeAddress address) {
        Permissions.require(permissions.mayAdminister(actor));
        long community = actor.communityId();
        long household = match.household(community, address)
                .orElseThrow(() -> InvalidInput.of("address", "membership.validation.noHousehold"));
        return issue(community, household, actor.accountId(), Codes.generate(8));
    }

    /** Records a code for a household; the demo uses it with a code it prints in the README. */
    public IssuedCode issue(long community, long household, long issuedBy, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime expires = now.plus(validity);
        jdbc.sql("""
                insert into household_code (community_id, household_id, code_digest, issued_by, issued_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(community, household, Codes.digest(code), issuedBy, now, expires).update();
        audit.record(community, "HOUSEHOLD_CODE_ISSUED", "household", household, null);
        return new IssuedCode(code, expires);
    }

    /** A code as handed out once: it is never shown again. */
    public record IssuedCode(String code, OffsetDateTime expiresAt) implements Serializable {
    }

    record Found(long id, long householdId, OffsetDateTime expiresAt) {
    }
}
