package org.gongzhi.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.TextRules;

/**
 * A progress update as typed in: the day (today if blank), how far in percent, what was done. The page and the API
 * check its fields (Bean Validation) before {@link #parse} reads the day and the percentage.
 */
public record ProgressInput(@Schema(format = "date") String date, @NotBlank @Schema(type = "integer") String percent,
        @NotBlank @Size(max = ProgressInput.MAX_NOTE) String note) {

    public static final int MAX_NOTE = 1000;

    /** The checked update, reporting every broken rule at once; {@code today} is the latest day allowed. */
    public Progress parse(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate on = ProjectInput.check(problems, () -> Days.parse(date, "date", today));
        Integer p = ProjectInput.check(problems, this::percentValue);
        String n = ProjectInput.check(problems, () -> TextRules.required(note, "note", MAX_NOTE));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Progress(on, p, n);
    }

    private Integer percentValue() {
        if (percent == null || percent.isBlank()) {
            throw InvalidInput.of("percent", "validation.required");
        }
        try {
            int value = Integer.parseInt(percent.strip());
            if (value >= 0 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the field
        }
        throw InvalidInput.of("percent", "project.validation.percent");
    }

    /** A checked progress update. */
    public record Progress(LocalDate on, int percent, String note) {
    }
}
