package org.gongzhi.deliberation.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/** What a resident writes: a short title, a plain-text description and a category. */
public record ProposalContent(String title, String description, ProposalCategory category) {

    public static final int MAX_TITLE = 60;
    public static final int MAX_DESCRIPTION = 2000;

    /** Reads typed-in text, reporting every broken rule at once. */
    public static ProposalContent parse(String title, String description, String category) {
        List<Problem> problems = new ArrayList<>();
        String t = text(title, MAX_TITLE, "title", problems);
        String d = text(description, MAX_DESCRIPTION, "description", problems);
        ProposalCategory c = Arrays.stream(ProposalCategory.values())
                .filter(k -> k.name().equalsIgnoreCase(category == null ? "" : category.strip())).findFirst()
                .orElse(null);
        if (c == null) {
            problems.add(category == null || category.isBlank() ? new Problem("category", "validation.required")
                    : new Problem("category", "validation.choice", category));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProposalContent(t, d, c);
    }

    private static String text(String value, int max, String field, List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(new Problem(field, "validation.required"));
        } else if (text.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
        return text;
    }
}
