package org.gongzhi.identity;

import org.gongzhi.shared.domain.InvalidInput;

/** A password must be at least 8 characters, mix at least two of letters, digits and symbols, and not be the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    public static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInput.of(field, "validation.password.short", MIN_LENGTH);
        }
        int kinds = (password.matches(".*\\p{L}.*") ? 1 : 0) + (password.matches(".*\\d.*") ? 1 : 0)
                + (password.matches(".*[^\\p{L}\\d].*") ? 1 : 0);
        if (kinds < 2) {
            throw InvalidInput.of(field, "validation.password.mix");
        }
        if (password.equalsIgnoreCase(username)) {
            throw InvalidInput.of(field, "validation.password.username");
        }
    }
}
