package org.gongzhi.identity.membership;

import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.identity.AccountQueries;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.identity.PasswordPolicy;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A resident joins with name, phone and address. A valid household code naming them verifies them at once; otherwise
 * the sign-up waits for staff, and the answer is the same whether or not the register knows the person, so that
 * joining never tells anyone who lives where.
 */
@Service
public class Joining {

    static final String SUBJECT = "account";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AccountQueries accountQueries;
    private final RegisterQueries register;
    private final RegisterMatch match;
    private final CodeThrottle throttle;
    private final Verifications verifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Joining(JdbcClient jdbc, Accounts accounts, AccountQueries accountQueries, RegisterQueries register,
            RegisterMatch match, CodeThrottle throttle, Verifications verifications, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.register = register;
        this.match = match;
        this.throttle = throttle;
        this.verifications = verifications;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Joins; {@code client} names where the request came from, to throttle code guessing. */
    public Joined join(JoinInput input, String client) {
        JoinInput in = checked(input);
        long community = register.firstCommunityId().orElseThrow();
        Optional<RegisterMatch.Match> resident = match.resident(community, in.address(), in.name());
        if (in.method() == JoinMethod.HOUSEHOLD_CODE) {
            String[] keys = {"join:" + client, "join-home:" + community + ":" + in.address()};
            throttle.check(keys);
            HouseholdCodes.Found code = codeFor(community, in, resident, keys);
            return transaction.execute(t -> openVerified(community, in, resident.orElseThrow(), code));
        }
        return transaction.execute(t -> openPending(community, in, resident));
    }

    private HouseholdCodes.Found codeFor(long community, JoinInput in, Optional<RegisterMatch.Match> resident,
            String[] keys) {
        Optional<HouseholdCodes.Found> code = jdbc.sql("""
                select id, household_id, expires_at from household_code where community_id = ? and code_digest = ?""")
                .params(community, Codes.digest(in.code()))
                .query((rs, n) -> new HouseholdCodes.Found(rs.getLong("id"), rs.getLong("household_id"),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .optional();
        if (code.isEmpty() || resident.isEmpty() || code.get().householdId() != resident.get().householdId()) {
            throttle.failed(keys);
            throw InvalidInput.of("code", "membership.validation.codeNoMatch");
        }
        if (!code.get().expiresAt().isAfter(OffsetDateTime.now(clock))) {
            throw InvalidInput.of("code", "membership.validation.codeExpired");
        }
        if (!accountQueries.ofResident(resident.get().residentId()).isEmpty()) {
            throw InvalidInput.of("code", "membership.validation.codeUsed");
        }
        return code.get();
    }

    private Joined openVerified(long community, JoinInput in, RegisterMatch.Match resident,
            HouseholdCodes.Found code) {
        long account = accounts.open(new NewAccount(in.username(), in.password(), in.name(), community,
                resident.residentId(), Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            jdbc.sql("insert into household_code_use (community_id, code_id, resident_id, account_id, used_at) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(community, code.id(), resident.residentId(), account, now).update();
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("code", "membership.validation.codeUsed");
        }
        long join = record(community, account, in, resident.residentId(), false, JoinStatus.VERIFIED, now);
        verifications.record(community, account, resident.residentId(), VerificationLevel.HOUSEHOLD_RESIDENT,
                VerificationMethod.HOUSEHOLD_CODE, null);
        audit.record(community, "ACCOUNT_JOINED_WITH_CODE", SUBJECT, account, "join " + join);
        return new Joined(account, in.username(), JoinStatus.VERIFIED);
    }

    private Joined openPending(long community, JoinInput in, Optional<RegisterMatch.Match> resident) {
        long account = accounts.open(new NewAccount(in.username(), in.password(), in.name(), community, null,
                Set.of()));
        boolean tail = in.method() == JoinMethod.ID_DIGITS && resident.map(r -> r.idTailMatches(in.idTail()))
                .orElse(false);
        long join = record(community, account, in, resident.map(RegisterMatch.Match::residentId).orElse(null), tail,
                JoinStatus.PENDING, OffsetDateTime.now(clock));
        audit.record(community, "ACCOUNT_JOIN_REQUESTED", SUBJECT, account, "join " + join + " " + in.method());
        return new Joined(account, in.username(), JoinStatus.PENDING);
    }

    private long record(long community, long account, JoinInput in, Long resident, boolean idTailMatches,
            JoinStatus status, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account_join (community_id, account_id, claimed_name, phone, building_number, unit_number,
                    room, method, matched_resident_id, id_tail_matches, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(community, account, in.name(), in.phone(), in.address().building(), in.address().unit(),
                        in.address().room(), in.method().name(), resident, idTailMatches, status.name(), now)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    /** Each field's rules, every broken one named at once; the sign-in name defaults to the phone number. */
    static JoinInput checked(JoinInput in) {
        List<Problem> problems = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 50) {
            problems.add(new Problem("name", "membership.validation.name"));
        }
        String phone = in.phone() == null ? "" : in.phone().replaceAll("[\\s-]", "");
        if (!phone.matches("1[3-9]\\d{9}")) {
            problems.add(new Problem("phone", "membership.validation.phone"));
        }
        HomeAddress address = in.address();
        if (address == null || address.building() < 1 || address.unit() < 1 || address.room() == null
                || !address.room().strip().matches("\\d{1,6}")) {
            problems.add(new Problem("address", "membership.validation.address"));
        }
        String username = in.username() == null || in.username().isBlank() ? phone : in.username().strip();
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            problems.add(new Problem("username", "validation.username"));
        }
        if (in.method() == null) {
            problems.add(new Problem("method", "membership.validation.method"));
        } else if (in.method() == JoinMethod.HOUSEHOLD_CODE && Codes.normalise(in.code()).isEmpty()) {
            problems.add(new Problem("code", "membership.validation.codeMissing"));
        } else if (in.method() == JoinMethod.ID_DIGITS
                && (in.idTail() == null || !in.idTail().strip().matches("\\d{3}[\\dxX]"))) {
            problems.add(new Problem("idTail", "membership.validation.idTail"));
        }
        try {
            PasswordPolicy.check("password", username, in.password());
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new JoinInput(name, phone, new HomeAddress(address.building(), address.unit(), address.room().strip()),
                username, in.password(), in.method(), in.code(), in.idTail());
    }

    /** The outcome a joining person sees: verified now, or waiting for staff. Nothing about the register. */
    public record Joined(long accountId, String username, JoinStatus status) implements Serializable {
    }
}
