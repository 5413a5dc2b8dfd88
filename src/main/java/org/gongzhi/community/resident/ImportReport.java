package org.gongzhi.community.resident;

import java.util.List;

import org.gongzhi.shared.domain.InvalidInput.Problem;

/**
 * The outcome of importing a spreadsheet: either every row was registered, or none was and each problem is
 * named by its row (as Excel numbers it), its column header and the broken rule.
 */
public record ImportReport(int rows, int imported, List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport imported(int rows) {
        return new ImportReport(rows, rows, List.of());
    }

    static ImportReport rejected(int rows, List<RowProblem> problems) {
        return new ImportReport(rows, 0, problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    public long rowsWithProblems() {
        return problems.stream().mapToInt(RowProblem::row).distinct().count();
    }

    /** One broken rule in one cell; the problem's code is a message key, resolved in the reader's language. */
    public record RowProblem(int row, String column, Problem problem) {
    }
}
