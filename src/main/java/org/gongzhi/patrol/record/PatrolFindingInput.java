package org.gongzhi.patrol.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongzhi.cases.ResidentReport;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * A finding as typed on the patrol: what, where, how urgent, a description, and the key the phone made up for
 * this one submission, so that sending it again never files it twice.
 */
public record PatrolFindingInput(String category, String placeKind, String placeCode, String severity,
        String description, String idempotencyKey) {

    private static final String KEY = "[A-Za-z0-9-]{8,64}";

    /** The finding checked: every broken rule at once, each naming its field. */
    public Valid validate() {
        List<Problem> problems = new ArrayList<>();
        ResidentReport what = null;
        try {
            what = ResidentReport.parse(category, description, placeKind, placeCode, false);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (placeCode == null || placeCode.isBlank()) {
            problems.add(new Problem("placeCode", "validation.required"));
        }
        PatrolFindingSeverity level = severityChoice();
        if (level == null) {
            problems.add(new Problem("severity", "validation.required"));
        }
        if (idempotencyKey == null || !idempotencyKey.strip().matches(KEY)) {
            problems.add(new Problem("idempotencyKey", "patrol.day.validation.idempotencyKey"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Valid(what, level, idempotencyKey.strip());
    }

    private PatrolFindingSeverity severityChoice() {
        try {
            return severity == null ? null : PatrolFindingSeverity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A finding that keeps the rules. */
    public record Valid(ResidentReport what, PatrolFindingSeverity severity, String idempotencyKey) {
    }
}
