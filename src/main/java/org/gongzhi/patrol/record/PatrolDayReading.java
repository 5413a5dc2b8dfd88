package org.gongzhi.patrol.record;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.gongzhi.patrol.schedule.MonthlyPatrolRule;
import org.gongzhi.patrol.schedule.RecurrenceRule;

/**
 * How a community reads "the Thursday of the 2nd week" (第二周的周四) of its monthly patrol. Both are the
 * first Thursday on or after the reading's earliest day of the month.
 */
public enum PatrolDayReading {

    /** Weeks start on Monday and week 1 holds the 1st, so the Thursday of week 2 falls on day 5–11. */
    WEEK_TWO_THURSDAY(5, "FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10,11"),

    /** The second Thursday of the month, day 8–14. */
    SECOND_THURSDAY(8, "FREQ=MONTHLY;BYDAY=2TH");

    public static final PatrolDayReading DEFAULT = WEEK_TWO_THURSDAY;

    private final int earliestDay;
    private final String rrule;

    PatrolDayReading(int earliestDay, String rrule) {
        this.earliestDay = earliestDay;
        this.rrule = rrule;
    }

    public int earliestDay() {
        return earliestDay;
    }

    /** The RFC 5545 recurrence rule that yields the same dates. */
    public String rrule() {
        return rrule;
    }

    /**
     * The reading whose days a supplied rule selects, month by month over 2000–2027: a whole 28-year cycle, in
     * which every month length meets every weekday of the 1st.
     */
    public static Optional<PatrolDayReading> of(RecurrenceRule rule) {
        boolean everyMonthForever = rule.interval() == 1 && rule.count() == null && rule.until() == null;
        return Arrays.stream(values())
                .filter(reading -> everyMonthForever && IntStream.range(0, 28 * 12)
                        .mapToObj(i -> YearMonth.of(2000, 1).plusMonths(i))
                        .allMatch(m -> rule.datesIn(m).equals(List.of(new MonthlyPatrolRule(reading).dateIn(m)))))
                .findFirst();
    }
}
