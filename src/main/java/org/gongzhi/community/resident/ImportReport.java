package org.gongzhi.community.resident;

import java.util.List;

import org.gongzhi.shared.domain.InvalidInput.Problem;

/**
 * The outcome of importing a file of residents: either every row was registered, or none was and each problem is
 * named by its row (as a spreadsheet numbers it), its column header and the broken rule. A file with very many
 * problems lists only the first {@link ResidentImport#MAX_PROBLEMS}; the counts cover them all.
 */
public record ImportReport(int rows, int imported, long rowsWithProblems, long problemCount,
        List<RowProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport imported(int rows) {
        return new ImportReport(rows, rows, 0, 0, List.of());
    }

    static ImportReport rejected(int rows, long rowsWithProblems, long problemCount, List<RowProblem> problems) {
        return new ImportReport(rows, 0, rowsWithProblems, problemCount, problems);
    }

    public boolean accepted() {
        return problemCount == 0;
    }

    /** One broken rule in one cell; the problem's code is a message key, resolved in the reader's language. */
    public record RowProblem(int row, String column, Problem problem) {
    }
}
