package org.gongzhi.cases;

import java.util.Locale;

import org.gongzhi.shared.domain.InvalidInput;

/** What the measures are grouped by, as the SQL key of each group (a month is numbered yyyymm). */
public enum CaseMeasuresGrouping {
    GRID("g.number"),
    BRANCH("b.number"),
    MONTH("m.k");

    private final String key;

    CaseMeasuresGrouping(String key) {
        this.key = key;
    }

    /** Reads grid, branch or month, in any case. */
    public static CaseMeasuresGrouping parse(String by) {
        try {
            return valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("by", "validation.choice", by);
        }
    }

    String key() {
        return key;
    }
}
