package org.gongzhi.patrol.web;

import java.time.YearMonth;

import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasuresGrouping;
import org.gongzhi.cases.CaseMeasuresReport;
import org.gongzhi.cases.CaseMeasuresRow;

/** What the measures page needs beyond the figures: the case list behind each figure, bar lengths, formats. */
record CaseMeasuresView(CaseMeasuresReport report) {

    static final int BAR = 200;

    /** The case list behind one figure of a row (or of the totals, for key 0). */
    public String link(CaseMeasuresRow row, String measure) {
        YearMonth from = report.from();
        YearMonth to = report.to();
        String group = "";
        if (row.key() != 0) {
            switch (report.by()) {
                case GRID -> group = "&grid=" + row.key();
                case BRANCH -> group = "&branch=" + row.key();
                case MONTH -> {
                    from = YearMonth.of(row.key() / 100, row.key() % 100);
                    to = from;
                }
            }
        }
        return "/cases?measure=" + CaseMeasure.valueOf(measure) + "&from=" + from + "&to=" + to + group;
    }

    public String categoryLink(String category) {
        return "/cases?measure=REPORTED&from=" + report.from() + "&to=" + report.to() + "&category=" + category;
    }

    public boolean byMonth() {
        return report.by() == CaseMeasuresGrouping.MONTH;
    }

    public YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    /** A bar's length in the chart's units, against the longest. */
    public long bar(long value, long max) {
        return max == 0 ? 0 : value * BAR / max;
    }

    public long maxReported() {
        return report.rows().stream().mapToLong(CaseMeasuresRow::reported).max().orElse(0);
    }

    public long maxByCategory() {
        return report.reportedByCategory().values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** Per mille as a percentage with one decimal, or a dash when nothing was due. */
    public String percent(Long perMille) {
        return perMille == null ? "—" : perMille / 10 + "." + perMille % 10 + "%";
    }

    /** Minutes as hours with one decimal, or a dash when nothing was closed. */
    public String hours(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        long tenths = (minutes * 10 + 30) / 60;
        return tenths / 10 + "." + tenths % 10;
    }
}
