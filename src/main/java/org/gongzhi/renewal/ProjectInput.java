package org.gongzhi.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.TextRules;

/**
 * A project staff set up by hand, as typed in: the budget in yuan ("186000.00"), the deciding vote's number. The
 * page and the API check its fields (Bean Validation) before {@link #toPlan} reads the yuan and the vote's number.
 */
public record ProjectInput(@NotBlank @Size(max = ProjectPlan.MAX_TITLE) String title,
        @Size(max = ProjectPlan.MAX_PLAN) String plan, @Size(max = ProjectPlan.MAX_PLACE) String place, String budget,
        @Size(max = ProjectPlan.MAX_FUNDING) String fundingSource,
        @Size(max = ProjectPlan.MAX_RESPONSIBILITIES) String responsibilities, String voteId, ProjectKind kind,
        @Positive Long parentId) {

    /** What kind of work it is; {@link ProjectKind#OTHER} when not said. */
    public ProjectKind projectKind() {
        return kind == null ? ProjectKind.OTHER : kind;
    }

    /** The plan, reporting every broken rule at once. */
    public ProjectPlan toPlan() {
        List<Problem> problems = new ArrayList<>();
        String t = check(problems, () -> TextRules.required(title, "title", ProjectPlan.MAX_TITLE));
        String p = check(problems, () -> TextRules.optional(plan, "plan", ProjectPlan.MAX_PLAN));
        String where = check(problems, () -> TextRules.optional(place, "place", ProjectPlan.MAX_PLACE));
        Long fen = check(problems, () -> budget == null || budget.isBlank() ? 0L
                : Money.fen(budget, "budget"));
        String funding = check(problems,
                () -> TextRules.optional(fundingSource, "fundingSource", ProjectPlan.MAX_FUNDING));
        String who = check(problems,
                () -> TextRules.optional(responsibilities, "responsibilities", ProjectPlan.MAX_RESPONSIBILITIES));
        check(problems, this::vote);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProjectPlan(t, p, where, fen, funding, who);
    }

    /** The number of the owners' vote that decided the project, if one is given. */
    public Long vote() {
        if (voteId == null || voteId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(voteId.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, naming the field
        }
        throw InvalidInput.of("voteId", "project.validation.voteId", voteId);
    }

    static <T> T check(List<Problem> problems, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
