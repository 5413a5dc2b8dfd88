package org.gongzhi.renewal;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput;

/** A quantity done on one target (120 米 laid today), when, and a note; a milestone reached is a quantity of 1. */
public record QuantityInput(@NotNull Long targetId, @NotNull @Min(1) Long quantity, String date,
        @NotBlank @Size(max = 1000) String note) {

    /** The day of the work: today when left out; never in the future. */
    public LocalDate day(LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            LocalDate d = LocalDate.parse(date.strip());
            if (!d.isAfter(today)) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below, naming the field
        }
        throw InvalidInput.of("date", "target.validation.date");
    }
}
