package org.gongzhi.identity.factor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.pii.PiiCipher;

/**
 * A person's own second factor: enrolment (a secret shown as a QR code, active only once a code from it is typed),
 * ten one-time recovery codes, checking a code at sign-in, and turning it off. The secret is encrypted at rest with
 * the ID-number key ({@link PiiCipher}); recovery codes are kept only as salted SHA-256 digests. Every change is
 * audited on the account.
 */
@Service
public class SecondFactors {

    public static final String ISSUER = "Gongzhi";
    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final String SUBJECT = "account";

    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, PiiCipher cipher, AuditTrail audit, Clock clock, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
        this.passwords = passwords;
    }

    /** Whether the account has a confirmed second factor, and how many recovery codes are left. */
    public record SecondFactorStatus(boolean enabled, boolean pending, OffsetDateTime confirmedAt,
            int recoveryCodesLeft) {
    }

    /** What the person needs to add the account to an authenticator app. */
    public record SecondFactorEnrolment(String secret, String secretGrouped, String otpauthUri) {
    }

    /** How a code given at sign-in was taken. */
    public enum Check {
        CODE, RECOVERY_CODE, WRONG
    }

    private record Row(long accountId, Long communityId, String secretCipher, OffsetDateTime confirmedAt,
            Long lastUsedStep) {
    }

    public SecondFactorStatus status(long accountId) {
        Optional<Row> row = row(accountId);
        boolean enabled = row.map(r -> r.confirmedAt() != null).orElse(false);
        int left = enabled ? jdbc.sql("select count(*) from second_factor_recovery_code where account_id = ? "
                + "and used_at is null").param(accountId).query(Integer.class).single() : 0;
        return new SecondFactorStatus(enabled, row.isPresent() && !enabled, row.map(Row::confirmedAt).orElse(null), left);
    }

    /** Whether the account signs in with a second factor. */
    public boolean enabled(long accountId) {
        return status(accountId).enabled();
    }

    /**
     * Begins (or begins again) an enrolment: a new secret, not yet in force. Refused while a confirmed factor is on:
     * it must be turned off first, with a code or the password.
     */
    @Transactional
    public SecondFactorEnrolment start(long accountId, String username) {
        Optional<Row> row = row(accountId);
        if (row.isPresent() && row.get().confirmedAt() != null) {
            throw new Refused("factor.refused.alreadyOn", "the second factor is already on");
        }
        byte[] secret = Totp.newSecret(random);
        Long community = jdbc.sql("select community_id from account where id = ?").param(accountId)
                .query(Long.class).optional().orElse(null);
        jdbc.sql("delete from second_factor where account_id = ? and confirmed_at is null").param(accountId).update();
        jdbc.sql("""
                insert into second_factor (account_id, community_id, secret_cipher, created_at)
                values (?, ?, ?, ?)""")
                .params(accountId, community, cipher.encrypt(Totp.base32(secret)), now()).update();
        return enrolment(username, secret);
    }

    /** The enrolment begun and not yet confirmed, to show again. */
    public Optional<SecondFactorEnrolment> pending(long accountId, String username) {
        return row(accountId).filter(r -> r.confirmedAt() == null)
                .map(r -> enrolment(username, secretOf(r)));
    }

    /** Confirms the pending enrolment with a current code: the factor is on; the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(long accountId, String code) {
        Row row = row(accountId).filter(r -> r.confirmedAt() == null)
                .orElseThrow(() -> new Refused("factor.refused.notStarted", "no second factor is being set up"));
        acceptCode(row, code);
        jdbc.sql("update second_factor set confirmed_at = ? where account_id = ?").params(now(), accountId).update();
        List<String> codes = newRecoveryCodes(row);
        audit.record(row.communityId(), "SECOND_FACTOR_ENABLED", SUBJECT, accountId, "TOTP");
        return codes;
    }

    /** New recovery codes for a current code; the old ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes(long accountId, String code) {
        Row row = confirmed(accountId);
        acceptCode(row, code);
        List<String> codes = newRecoveryCodes(row);
        audit.record(row.communityId(), "RECOVERY_CODES_REGENERATED", SUBJECT, accountId, RECOVERY_CODES + " codes");
        return codes;
    }

    /** Turns the factor off, for a current code or the account's password. */
    @Transactional
    public void disable(long accountId, String code, String password) {
        Row row = confirmed(accountId);
        boolean byPassword = password != null && !password.isEmpty();
        if (byPassword) {
            String hash = jdbc.sql("select password_hash from account where id = ?").param(accountId)
                    .query(String.class).single();
            if (!passwords.matches(password, hash)) {
                throw InvalidInput.of("password", "factor.validation.password");
            }
        } else {
            acceptCode(row, code);
        }
        jdbc.sql("delete from second_factor_recovery_code where account_id = ?").param(accountId).update();
        jdbc.sql("delete from second_factor where account_id = ?").param(accountId).update();
        audit.record(row.communityId(), "SECOND_FACTOR_DISABLED", SUBJECT, accountId,
                byPassword ? "with the password" : "with a code");
    }

    /**
     * Removes the account's factor and recovery codes for a person who lost both the phone and the codes, on the
     * word of staff who administer the account (they record it); answers whether there was one to remove.
     */
    @Transactional
    public boolean remove(long accountId) {
        jdbc.sql("delete from second_factor_recovery_code where account_id = ?").param(accountId).update();
        return jdbc.sql("delete from second_factor where account_id = ?").param(accountId).update() > 0;
    }

    /**
     * Checks what a person typed at sign-in: six digits are a TOTP code (each accepted once), anything else a
     * recovery code (spent by this use). Does not throttle: the caller counts wrong answers.
     */
    @Transactional
    public Check check(long accountId, String input) {
        Optional<Row> row = row(accountId).filter(r -> r.confirmedAt() != null);
        if (row.isEmpty() || input == null) {
            return Check.WRONG;
        }
        String typed = input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (typed.matches("\\d{" + Totp.DIGITS + "}")) {
            return accepted(row.get(), typed) ? Check.CODE : Check.WRONG;
        }
        if (typed.isEmpty() || typed.length() > 40) {
            return Check.WRONG;
        }
        record Stored(long id, String digest) {
        }
        List<Stored> unused = jdbc.sql("select id, code_digest from second_factor_recovery_code "
                        + "where account_id = ? and used_at is null")
                .param(accountId).query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("code_digest"))).list();
        for (Stored s : unused) {
            if (matches(typed, s.digest())) {
                int spent = jdbc.sql("update second_factor_recovery_code set used_at = ? where id = ? and used_at is null")
                        .params(now(), s.id()).update();
                if (spent == 1) {
                    audit.record(row.get().communityId(), "RECOVERY_CODE_USED", SUBJECT, accountId,
                            (unused.size() - 1) + " left");
                    return Check.RECOVERY_CODE;
                }
            }
        }
        return Check.WRONG;
    }

    private Row confirmed(long accountId) {
        return row(accountId).filter(r -> r.confirmedAt() != null)
                .orElseThrow(() -> new Refused("factor.refused.notOn", "the second factor is not on"));
    }

    private void acceptCode(Row row, String code) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!accepted(row, typed)) {
            throw InvalidInput.of("code", "factor.validation.code");
        }
    }

    /** A right code of a step after the last one used; the step is claimed by one conditional update. */
    private boolean accepted(Row row, String code) {
        OptionalLong step = totp.matchingStep(secretOf(row), code, clock.instant(), row.lastUsedStep());
        if (step.isEmpty()) {
            return false;
        }
        return jdbc.sql("update second_factor set last_used_step = ? where account_id = ? "
                        + "and (last_used_step is null or last_used_step < ?)")
                .params(step.getAsLong(), row.accountId(), step.getAsLong()).update() == 1;
    }

    private List<String> newRecoveryCodes(Row row) {
        jdbc.sql("delete from second_factor_recovery_code where account_id = ?").param(row.accountId()).update();
        List<String> codes = new ArrayList<>();
        OffsetDateTime now = now();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            jdbc.sql("""
                    insert into second_factor_recovery_code (account_id, community_id, code_digest, created_at)
                    values (?, ?, ?, ?)""")
                    .params(row.accountId(), row.communityId(), digest(code.toString()), now).update();
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return codes;
    }

    private String digest(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String saltText = Base64.getEncoder().withoutPadding().encodeToString(salt);
        return saltText + "$" + sha256(saltText + code);
    }

    private static boolean matches(String code, String stored) {
        int dollar = stored.indexOf('$');
        String salt = stored.substring(0, dollar);
        return MessageDigest.isEqual(sha256(salt + code).getBytes(StandardCharsets.US_ASCII),
                stored.substring(dollar + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecondFactorEnrolment enrolment(String username, byte[] secret) {
        return new SecondFactorEnrolment(Totp.base32(secret), Totp.grouped(secret), Totp.uri(ISSUER, username, secret));
    }

    private byte[] secretOf(Row row) {
        return Totp.fromBase32(cipher.decrypt(row.secretCipher()));
    }

    private Optional<Row> row(long accountId) {
        return jdbc.sql("""
                select account_id, community_id, secret_cipher, confirmed_at, last_used_step from second_factor
                where account_id = ?""").param(accountId)
                .query((rs, n) -> new Row(rs.getLong("account_id"), (Long) rs.getObject("community_id", Long.class),
                        rs.getString("secret_cipher"), rs.getObject("confirmed_at", OffsetDateTime.class),
                        rs.getObject("last_used_step", Long.class)))
                .optional();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
