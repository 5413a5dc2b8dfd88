package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.gongzhi.shared.domain.InvalidInput;

/** A day typed in as 2026-11-27: blank is today, a later day than today is refused. */
final class Days {

    private Days() {
    }

    static LocalDate parse(String text, String field, LocalDate today) {
        if (text == null || text.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "validation.date", text);
        }
        if (day.isAfter(today)) {
            throw InvalidInput.of(field, "validation.date.future");
        }
        return day;
    }
}
