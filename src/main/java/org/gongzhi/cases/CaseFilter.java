package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * What a list of work orders is narrowed to; null means any. {@code party}: dispatched to that party;
 * {@code overdue}: past its deadline and not yet handled, as {@link WorkOrder#overdue} and the escalation job read
 * it; {@code escalated}: flagged to the residents' committee and still open, the to-do the home page counts.
 */
public record CaseFilter(CaseState state, CaseCategory category, Integer gridNumber, Integer branchNumber,
        ResponsibleParty party, CaseMeasureWindow window, boolean overdue, boolean escalated, int page, int size) {

    public CaseFilter(CaseState state, CaseCategory category, Integer gridNumber, Integer branchNumber,
            CaseMeasureWindow window, int page, int size) {
        this(state, category, gridNumber, branchNumber, null, window, false, false, page, size);
    }

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
        if (party != null) {
            params.add("party=" + party);
        }
        if (overdue) {
            params.add("overdue=true");
        }
        if (escalated) {
            params.add("escalated=true");
        }
        if (window != null) {
            params.add("measure=" + window.measure() + "&from=" + window.from() + "&to=" + window.to());
        }
        return String.join("&", params);
    }
}
