package org.gongzhi.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.gongzhi.shared.domain.InvalidInput;

/** The days the dashboard counts, both included; a year up to today unless asked, at most five years. */
public record DashboardRange(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int MAX_YEARS = 5;

    /** The range asked for, either end defaulting (to today, from a year before the end); refuses a bad one. */
    public static DashboardRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusYears(1).plusDays(1);
        if (end.isBefore(start)) {
            throw InvalidInput.of("to", "dashboard.validation.order");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end.plusDays(1))) {
            throw InvalidInput.of("to", "dashboard.validation.span", MAX_YEARS);
        }
        return new DashboardRange(start, end);
    }

    /** The first instant of the range. */
    public OffsetDateTime starts() {
        return from.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The first instant after the range. */
    public OffsetDateTime ends() {
        return to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }

    /** The range's first month, or the earliest the work-order measures reach back from the last. */
    public YearMonth firstMonth(int maxMonths) {
        YearMonth first = YearMonth.from(from);
        YearMonth earliest = lastMonth().minusMonths(maxMonths - 1L);
        return first.isBefore(earliest) ? earliest : first;
    }
}
