package org.gongzhi.cases;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The measures of a run of months, grouped by grid, branch or month, with totals and cases by category. */
public record CaseMeasuresReport(YearMonth from, YearMonth to, CaseMeasuresGrouping by, List<CaseMeasuresRow> rows,
        CaseMeasuresRow totals, Map<CaseCategory, Long> reportedByCategory) {
}
