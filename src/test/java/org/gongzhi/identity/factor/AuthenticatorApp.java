package org.gongzhi.identity.factor;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * What a phone's authenticator app shows, for tests: each secret's codes come from steps never given before, the
 * earliest the server still accepts (the step before the current one). A code of the previous step is refused once
 * the clock enters the next step, so such a code is not given in the last seconds of a step: the app waits for the
 * next step first. Without that wait a slow request sent near a step's end failed the test about once a hundred runs.
 */
final class AuthenticatorApp {

    /** Time left in the current step below which a code of the previous step is not given. */
    private static final Duration MARGIN = Duration.ofSeconds(8);

    private final Totp totp = new Totp();
    private final Map<String, Long> lastStep = new HashMap<>();

    String code(String secret) {
        long step = nextStep(secret);
        if (step < Totp.step(Instant.now()) && tooLateInTheStep()) {
            long now = Totp.step(Instant.now());
            Awaitility.await().atMost(MARGIN.plusSeconds(2)).until(() -> Totp.step(Instant.now()) > now);
            step = nextStep(secret);
        }
        lastStep.put(secret, step);
        return totp.code(Totp.fromBase32(secret), step);
    }

    private long nextStep(String secret) {
        return Math.max(Totp.step(Instant.now()) - 1, lastStep.getOrDefault(secret, Long.MIN_VALUE) + 1);
    }

    private static boolean tooLateInTheStep() {
        Instant now = Instant.now();
        Instant nextStep = Instant.ofEpochSecond((Totp.step(now) + 1) * Totp.STEP.toSeconds());
        return Duration.between(now, nextStep).compareTo(MARGIN) < 0;
    }
}
