package org.gongzhi.dashboard.web;

import org.gongzhi.dashboard.SubdistrictMeasure;
import org.gongzhi.dashboard.SubdistrictReport;

/** Formatting the subdistrict's integer figures for the page and its chart. */
record SubdistrictView() {

    public String shown(SubdistrictMeasure measure, Long value) {
        return SubdistrictReport.shown(measure, value);
    }

    /** The figure as the chart draws it: percentages and hours with one decimal, counts as they are. */
    public String value(SubdistrictMeasure measure, Long value) {
        if (value == null) {
            return "0";
        }
        return measure.unit() == SubdistrictMeasure.Unit.COUNT ? String.valueOf(value)
                : value / 10 + "." + value % 10;
    }
}
