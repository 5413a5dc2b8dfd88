package org.gongzhi.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.gongzhi.patrol.record.PatrolDayReading;

/** The monthly patrol day, checked by hand against the calendar for months starting on each weekday. */
class MonthlyPatrolRuleTest {

    private static final MonthlyPatrolRule WEEK_TWO = new MonthlyPatrolRule(PatrolDayReading.WEEK_TWO_THURSDAY);
    private static final MonthlyPatrolRule SECOND = new MonthlyPatrolRule(PatrolDayReading.SECOND_THURSDAY);

    /**
     * Month, the weekday of its 1st, the Thursday of week 2 (weeks from Monday, week 1 holds the 1st) and the
     * 2nd Thursday. They differ exactly when the 1st is a Friday, Saturday or Sunday.
     */
    @ParameterizedTest(name = "{0} starts on {1}: week-two Thursday {2}, 2nd Thursday {3}")
    @CsvSource({
            "2026-06, MONDAY,    2026-06-11, 2026-06-11", // weeks 1–7, 8–14 June
            "2026-09, TUESDAY,   2026-09-10, 2026-09-10", // week 1 = 31 Aug–6 Sep, week 2 = 7–13 Sep
            "2026-04, WEDNESDAY, 2026-04-09, 2026-04-09", // week 1 = 30 Mar–5 Apr, week 2 = 6–12 Apr
            "2026-10, THURSDAY,  2026-10-08, 2026-10-08", // week 1 = 28 Sep–4 Oct, Thursday the 1st is week 1
            "2027-01, FRIDAY,    2027-01-07, 2027-01-14", // week 1 = 28 Dec–3 Jan, week 2 = 4–10 Jan
            "2026-08, SATURDAY,  2026-08-06, 2026-08-13", // week 1 = 27 Jul–2 Aug, week 2 = 3–9 Aug
            "2026-02, SUNDAY,    2026-02-05, 2026-02-12", // week 1 = 26 Jan–1 Feb, week 2 = 2–8 Feb
    })
    void the_patrol_day_of_a_month_starting_on_each_weekday(String month, DayOfWeek first, LocalDate weekTwo,
            LocalDate second) {
        YearMonth m = YearMonth.parse(month);
        assertThat(m.atDay(1).getDayOfWeek()).isEqualTo(first);
        assertThat(WEEK_TWO.dateIn(m)).isEqualTo(weekTwo);
        assertThat(SECOND.dateIn(m)).isEqualTo(second);
    }

    @ParameterizedTest
    @EnumSource(PatrolDayReading.class)
    void every_patrol_day_is_a_thursday_in_the_readings_window_for_28_years(PatrolDayReading reading) {
        MonthlyPatrolRule rule = new MonthlyPatrolRule(reading);
        IntStream.rangeClosed(2026, 2053).mapToObj(Year::of).flatMap(y -> rule.datesIn(y).stream())
                .forEach(date -> {
                    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
                    assertThat(date.getDayOfMonth()).isBetween(reading.earliestDay(), reading.earliestDay() + 6);
                });
    }

    @Test
    void the_thursday_of_week_two_is_the_second_thursday_unless_the_month_starts_friday_to_sunday() {
        IntStream.rangeClosed(2026, 2053).mapToObj(Year::of).flatMap(y -> IntStream.rangeClosed(1, 12)
                .mapToObj(y::atMonth)).forEach(m -> {
                    boolean lateStart = m.atDay(1).getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0;
                    assertThat(WEEK_TWO.dateIn(m).equals(SECOND.dateIn(m))).as(m.toString()).isEqualTo(!lateStart);
                });
    }

    /**
     * Over 2026–2027 the months starting on a Friday, Saturday or Sunday, counted by hand: 2026 Feb (Sun), Mar
     * (Sun), May (Fri), Aug (Sat), Nov (Sun); 2027 Jan (Fri), May (Sat), Aug (Sun), Oct (Fri) — 9 of 24.
     */
    @Test
    void the_two_readings_differ_in_exactly_nine_of_the_24_months_of_2026_and_2027() {
        List<YearMonth> differing = IntStream.rangeClosed(0, 23).mapToObj(i -> YearMonth.of(2026, 1).plusMonths(i))
                .filter(m -> !WEEK_TWO.dateIn(m).equals(SECOND.dateIn(m))).toList();
        assertThat(differing).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 5),
                YearMonth.of(2026, 8), YearMonth.of(2026, 11), YearMonth.of(2027, 1), YearMonth.of(2027, 5),
                YearMonth.of(2027, 8), YearMonth.of(2027, 10));
    }

    @Test
    void the_patrol_days_of_2027_by_hand() {
        assertThat(WEEK_TWO.datesIn(Year.of(2027))).extracting(LocalDate::getDayOfMonth)
                .containsExactly(7, 11, 11, 8, 6, 10, 8, 5, 9, 7, 11, 9);
        assertThat(SECOND.datesIn(Year.of(2027))).extracting(LocalDate::getDayOfMonth)
                .containsExactly(14, 11, 11, 8, 13, 10, 8, 12, 9, 14, 11, 9);
    }

    @ParameterizedTest
    @EnumSource(PatrolDayReading.class)
    void the_rrule_text_of_each_reading_yields_the_same_days_for_28_years(PatrolDayReading reading) {
        RecurrenceRule rrule = RecurrenceRule.parse(reading.rrule());
        MonthlyPatrolRule rule = new MonthlyPatrolRule(reading);
        IntStream.rangeClosed(0, 28 * 12 - 1).mapToObj(i -> YearMonth.of(2026, 1).plusMonths(i))
                .forEach(m -> assertThat(rrule.datesIn(m)).as(m.toString()).containsExactly(rule.dateIn(m)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYMONTHDAY=5,6,7,8,9,10,11;BYDAY=TH | WEEK_TWO_THURSDAY",
            "RRULE:FREQ=MONTHLY;BYDAY=+2TH                     | SECOND_THURSDAY",
            "FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=8,9,10,11,12,13,14 | SECOND_THURSDAY",
            "FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10     | ",
            "FREQ=MONTHLY;BYDAY=2TH;COUNT=12                   | ",
            "FREQ=MONTHLY;BYDAY=2TH;INTERVAL=2                 | ",
    })
    void a_supplied_rule_is_matched_to_the_reading_that_gives_the_same_days(String text, PatrolDayReading reading) {
        assertThat(PatrolDayReading.of(RecurrenceRule.parse(text))).isEqualTo(Optional.ofNullable(reading));
    }

    @Test
    void the_rrule_texts_are_those_of_rfc_5545() {
        assertThat(WEEK_TWO.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10,11");
        assertThat(SECOND.rrule()).isEqualTo("FREQ=MONTHLY;BYDAY=2TH");
    }

    @Test
    void dates_between_include_both_ends_and_the_next_patrol_day_is_found() {
        assertThat(WEEK_TWO.datesBetween(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 3, 11)))
                .containsExactly(LocalDate.of(2027, 1, 7), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 3, 11));
        assertThat(WEEK_TWO.firstOnOrAfter(LocalDate.of(2027, 1, 8))).isEqualTo(LocalDate.of(2027, 2, 11));
        assertThat(WEEK_TWO.firstOnOrAfter(LocalDate.of(2027, 1, 7))).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(WEEK_TWO.isPatrolDay(LocalDate.of(2027, 1, 14))).isFalse();
        assertThat(SECOND.isPatrolDay(LocalDate.of(2027, 1, 14))).isTrue();
    }
}
