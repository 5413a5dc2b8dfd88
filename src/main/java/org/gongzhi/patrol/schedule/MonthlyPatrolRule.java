package org.gongzhi.patrol.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongzhi.patrol.record.PatrolDayReading;

/** The monthly patrol day (学习和巡查整治) of a grid branch: one Thursday a month, by the community's reading. */
public record MonthlyPatrolRule(PatrolDayReading reading) {

    public MonthlyPatrolRule {
        Objects.requireNonNull(reading, "reading");
    }

    public LocalDate dateIn(YearMonth month) {
        return month.atDay(reading.earliestDay()).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    public List<LocalDate> datesIn(Year year) {
        return datesBetween(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /** Every patrol day from {@code from} to {@code to}, both included. */
    public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate date = dateIn(m);
            if (!date.isBefore(from) && !date.isAfter(to)) {
                dates.add(date);
            }
        }
        return dates;
    }

    public LocalDate firstOnOrAfter(LocalDate day) {
        LocalDate inMonth = dateIn(YearMonth.from(day));
        return inMonth.isBefore(day) ? dateIn(YearMonth.from(day).plusMonths(1)) : inMonth;
    }

    public boolean isPatrolDay(LocalDate date) {
        return dateIn(YearMonth.from(date)).equals(date);
    }

    public String rrule() {
        return reading.rrule();
    }
}
