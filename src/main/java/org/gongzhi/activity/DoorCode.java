package org.gongzhi.activity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a resident shows at the door: eight characters without the ones people mix up (0/O, 1/I/L), drawn at
 * random so that nobody can guess another's. People read it in two halves (ABCD-EFGH); what they type is read back
 * whatever the case, spaces or dash.
 */
public final class DoorCode {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DoorCode() {
    }

    static String draw() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed or scanned, if it can be one: case, spaces and dashes do not matter. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
                : Optional.empty();
    }

    /** As people read it: ABCD-EFGH. */
    public static String shown(String code) {
        return code == null || code.length() != LENGTH ? code : code.substring(0, 4) + "-" + code.substring(4);
    }
}
