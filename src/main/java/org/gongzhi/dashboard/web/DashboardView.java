package org.gongzhi.dashboard.web;

import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasuresRow;
import org.gongzhi.dashboard.CommunityFigures;

/** Formatting the dashboard's integer figures for the page: per mille as a percentage with one decimal, fen as yuan. */
record DashboardView(CommunityFigures figures) {

    public String percent(Long perMille) {
        return perMille == null ? "–" : perMille / 10 + "." + perMille % 10 + "%";
    }

    /** The per mille as a plain percentage for the chart, which reads it from the table cell. */
    public String value(Long perMille) {
        return perMille == null ? "0" : perMille / 10 + "." + perMille % 10;
    }

    public String yuan(long fen) {
        return String.format("%,d.%02d", fen / 100, fen % 100);
    }

    public String hours(long tenths) {
        return tenths / 10 + "." + tenths % 10;
    }

    /** A mean rating kept in tenths (42) as shown (4.2), or a dash when nothing was rated. */
    public String rating(Long tenths) {
        return tenths == null ? "–" : tenths / 10 + "." + tenths % 10;
    }

    /** Due in the period and not closed by the deadline: closed late, or not closed at all. */
    public long overdue(CaseMeasuresRow row) {
        return row.count(CaseMeasure.DUE) - row.count(CaseMeasure.CLOSED_ON_TIME);
    }
}
