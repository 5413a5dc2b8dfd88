package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/** A resident's report (随手拍): what, where, and whether to stay anonymous to all but staff. */
public record ResidentReport(CaseCategory category, String description, Kind placeKind, String placeCode,
        boolean anonymous) {

    /** Reads the report as typed; a blank place means the resident's own stairwell. */
    public static ResidentReport parse(String category, String description, String placeKind, String placeCode,
            boolean anonymous) {
        List<Problem> problems = new ArrayList<>();
        CaseCategory what = choice(CaseCategory.class, category, "category", problems);
        Kind kind = placeKind == null || placeKind.isBlank() ? Kind.STAIRWELL
                : choice(Kind.class, placeKind, "placeKind", problems);
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("description", "validation.required"));
        } else if (text.length() > WorkOrder.MAX_TEXT) {
            problems.add(new Problem("description", "validation.tooLong", WorkOrder.MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ResidentReport(what, text, kind, placeCode == null ? null : placeCode.strip(), anonymous);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "validation.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, "validation.choice", value));
            return null;
        }
    }

    public boolean placeGiven() {
        return placeCode != null && !placeCode.isBlank();
    }
}
