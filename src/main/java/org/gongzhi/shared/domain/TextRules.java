package org.gongzhi.shared.domain;

/** The rules every free-text field follows: surrounding blanks dropped, blank means absent, a maximum length. */
public final class TextRules {

    private TextRules() {
    }

    /** The stripped text, or null when blank; too long is an error naming the field. */
    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw InvalidInput.of(field, "validation.tooLong", max);
        }
        return trimmed;
    }

    /** The same, but blank is an error naming the field. */
    public static String required(String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw InvalidInput.of(field, "validation.required");
        }
        return value;
    }
}
