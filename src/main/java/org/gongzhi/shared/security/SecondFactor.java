package org.gongzhi.shared.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether this request's sign-in passed a second factor, and the policy that revealing ID numbers and exporting
 * personal data ask for one. Identity marks a sign-in that gave a code with the authority {@link #PASSED}; the modules
 * that reveal or export ask {@link #requireForPersonalData()} without knowing identity.
 */
@Component
public class SecondFactor {

    /** The authority of a sign-in (session or token) that passed the second factor. */
    public static final String PASSED = "FACTOR_TOTP";

    private final boolean requiredForPersonalData;

    public SecondFactor(@Value("${gongzhi.security.second-factor-for-personal-data:true}") boolean required) {
        this.requiredForPersonalData = required;
    }

    /** Whether the current sign-in gave a second factor. */
    public static boolean passed() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> PASSED.equals(a.getAuthority()));
    }

    /** Whether revealing and exporting personal data need a sign-in that passed the second factor. */
    public boolean requiredForPersonalData() {
        return requiredForPersonalData;
    }

    /** Refuses, with {@link Required}, a reveal or export by a sign-in without the second factor (when required). */
    public void requireForPersonalData() {
        if (requiredForPersonalData && !passed()) {
            throw new Required();
        }
    }

    /** Refused for want of a second factor: the person is told to enrol (or sign in with a code) on their account. */
    public static final class Required extends AccessDeniedException {

        public Required() {
            super("This needs a sign-in with a second factor: set one up on /account, then sign in again with a code");
        }
    }
}
