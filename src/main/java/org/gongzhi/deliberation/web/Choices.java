package org.gongzhi.deliberation.web;

import java.util.Locale;

import org.gongzhi.shared.domain.InvalidInput;

/** Reads a choice (an enum constant) typed into a form or a JSON body, naming the field when it is wrong. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E required(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(field, "validation.required");
        }
        return optional(type, value, field);
    }

    static <E extends Enum<E>> E optional(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "validation.choice", value);
        }
    }
}
