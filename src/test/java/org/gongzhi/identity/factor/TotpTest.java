package org.gongzhi.identity.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The codes as RFC 6238 gives them, the window of one step either side, and no code accepted twice. */
class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private final Totp totp = new Totp();

    @Test
    void codes_are_those_of_the_rfc_test_vectors_in_six_digits() {
        // the RFC's 8-digit codes 94287082, 07081804, 14050471, 89005924 end in these six digits
        assertThat(totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111111)))).isEqualTo("050471");
        assertThat(totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_not_two() {
        Instant now = Instant.ofEpochSecond(1_765_000_015);
        long step = Totp.step(now);
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step), now, null)).hasValue(step);
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step - 1), now, null)).hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step + 1), now, null)).hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step - 2), now, null)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step + 2), now, null)).isEmpty();
    }

    @Test
    void a_used_step_and_every_earlier_one_is_refused() {
        Instant now = Instant.ofEpochSecond(1_765_000_015);
        long step = Totp.step(now);
        String code = totp.code(RFC_SECRET, step);
        assertThat(totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void wrong_or_malformed_codes_are_refused() {
        Instant now = Instant.ofEpochSecond(1_765_000_015);
        String right = totp.code(RFC_SECRET, Totp.step(now));
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        assertThat(totp.matchingStep(RFC_SECRET, wrong, now, null)).isEqualTo(OptionalLong.empty());
        assertThat(totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, right.substring(1), now, null)).isEmpty();
        assertThat(totp.matchingStep(RFC_SECRET, right + "0", now, null)).isEmpty();
    }

    @Test
    void the_secret_travels_as_base32_in_an_otpauth_address() {
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
        byte[] secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).hasSize(20);
        assertThat(Totp.fromBase32(Totp.grouped(secret))).isEqualTo(secret);
        assertThat(Totp.uri("Gongzhi", "rc.staff", RFC_SECRET)).isEqualTo("otpauth://totp/Gongzhi:rc.staff?secret="
                + "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Gongzhi&algorithm=SHA1&digits=6&period=30");
    }
}
