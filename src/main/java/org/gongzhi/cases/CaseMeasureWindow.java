package org.gongzhi.cases;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

/** A measure over whole months, from the first through the last, in the community's time zone. */
public record CaseMeasureWindow(CaseMeasure measure, YearMonth from, YearMonth to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The window the list was asked for, or none when no measure or no first month was given. */
    public static CaseMeasureWindow of(CaseMeasure measure, YearMonth from, YearMonth to) {
        return measure == null || from == null ? null : new CaseMeasureWindow(measure, from, to == null ? from : to);
    }

    public static OffsetDateTime startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The SQL condition on {@code work_order w}, adding its parameters. */
    String where(Map<String, Object> params) {
        params.put("measureFrom", startOf(from));
        params.put("measureTo", startOf(to.plusMonths(1)));
        String at = measure.moment().at();
        return at + " >= :measureFrom and " + at + " < :measureTo and " + measure.condition();
    }
}
