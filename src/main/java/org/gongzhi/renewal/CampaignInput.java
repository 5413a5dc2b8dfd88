package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.TextRules;

/** A campaign as staff type it: the goal in yuan, the last day to pledge (today or later), the purpose, the rule. */
public record CampaignInput(@NotBlank String goal, @NotBlank String deadline,
        @NotBlank @Size(max = CampaignInput.MAX_PURPOSE) String purpose, @NotNull CampaignRule rule) {

    public static final int MAX_PURPOSE = 500;

    public Checked parse(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        Long fen = ProjectInput.check(problems, () -> Money.fen(goal, "goal"));
        if (fen != null && fen == 0) {
            problems.add(new Problem("goal", "campaign.validation.positive"));
        }
        LocalDate last = ProjectInput.check(problems, () -> day(deadline, today));
        String why = ProjectInput.check(problems, () -> TextRules.required(purpose, "purpose", MAX_PURPOSE));
        if (rule == null) {
            problems.add(new Problem("rule", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(fen, last, why, rule);
    }

    private static LocalDate day(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("deadline", "validation.required");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("deadline", "validation.date", text);
        }
        if (day.isBefore(today)) {
            throw InvalidInput.of("deadline", "campaign.validation.deadline");
        }
        return day;
    }

    public record Checked(long goalFen, LocalDate deadline, String purpose, CampaignRule rule) {
    }
}
