package org.gongzhi.renewal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.TextRules;

/**
 * A correction of a project's plan as typed in: the whole plan again (budget in yuan, at most two decimals), why it
 * is corrected, and the version of the project the person was looking at. The page and the API check its fields
 * (Bean Validation) before {@link #parse} reads the yuan.
 */
public record ProjectEdit(@NotBlank @Size(max = ProjectPlan.MAX_TITLE) String title,
        @Size(max = ProjectPlan.MAX_PLAN) String plan, @Size(max = ProjectPlan.MAX_PLACE) String place, String budget,
        @Size(max = ProjectPlan.MAX_FUNDING) String fundingSource,
        @Size(max = ProjectPlan.MAX_RESPONSIBILITIES) String responsibilities,
        @NotBlank @Size(max = ProjectEdit.MAX_REASON) String reason, @NotNull Integer version) {

    public static final int MAX_REASON = 500;

    /** The form filled with the project as it is, the reason left empty. */
    public static ProjectEdit of(ProjectDetails p) {
        return new ProjectEdit(p.title(), p.plan(), p.place(), p.budgetFen() == 0 ? "" : yuanText(p.budgetFen()),
                p.fundingSource(), p.responsibilities(), null, p.version());
    }

    /** The same input, to be sent again against a newer version of the project. */
    public ProjectEdit at(int newVersion) {
        return new ProjectEdit(title, plan, place, budget, fundingSource, responsibilities, reason, newVersion);
    }

    /** The corrected plan alone, reporting every broken rule of its fields at once. */
    public ProjectPlan toPlan() {
        return new ProjectInput(title, plan, place, budget, fundingSource, responsibilities, null, null, null).toPlan();
    }

    /** The corrected plan with its reason and version, reporting every broken rule at once. */
    Revision parse() {
        List<Problem> problems = new ArrayList<>();
        ProjectPlan parsed = null;
        try {
            parsed = toPlan();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        String why = ProjectInput.check(problems, () -> TextRules.required(reason, "reason", MAX_REASON));
        if (version == null) {
            problems.add(new Problem("version", "validation.required", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Revision(parsed, why, version);
    }

    private static String yuanText(long fen) {
        return fen % 100 == 0 ? String.valueOf(fen / 100) : (fen / 100) + "." + String.format("%02d", fen % 100);
    }

    record Revision(ProjectPlan plan, String reason, int version) {
    }
}
