package org.gongzhi.patrol;

import java.util.ArrayList;
import java.util.List;

/** What a list of work orders is narrowed to; null means any. */
public record CaseFilter(CaseState state, CaseCategory category, Integer gridNumber, Integer branchNumber,
        CaseMeasureWindow window, int page, int size) {

    public CaseFilter(CaseState state, CaseCategory category, Integer gridNumber, int page, int size) {
        this(state, category, gridNumber, null, null, page, size);
    }

    /** The filter as query parameters, without the page, for links to further pages. */
    public String query() {
        List<String> params = new ArrayList<>();
        params.add("state=" + (state == null ? "" : state));
        params.add("category=" + (category == null ? "" : category));
        params.add("grid=" + (gridNumber == null ? "" : gridNumber));
        if (branchNumber != null) {
            params.add("branch=" + branchNumber);
        }
        if (window != null) {
            params.add("measure=" + window.measure() + "&from=" + window.from() + "&to=" + window.to());
        }
        return String.join("&", params);
    }
}
