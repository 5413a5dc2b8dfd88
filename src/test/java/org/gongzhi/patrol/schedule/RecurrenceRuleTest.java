package org.gongzhi.patrol.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongzhi.patrol.schedule.RecurrenceRule.WeekdayNum;

/** The strict monthly RRULE parser: what it accepts, and what it rejects with the part named. */
class RecurrenceRuleTest {

    @Test
    void the_week_two_thursday_rule_is_parsed_into_its_parts() {
        RecurrenceRule rule = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10,11");
        assertThat(rule.interval()).isEqualTo(1);
        assertThat(rule.count()).isNull();
        assertThat(rule.until()).isNull();
        assertThat(rule.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(rule.byDay()).containsExactly(new WeekdayNum(0, DayOfWeek.THURSDAY));
        assertThat(rule.byMonthDay()).containsExactly(5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void optional_parts_an_rrule_prefix_any_order_and_lower_case_are_accepted() {
        RecurrenceRule rule = RecurrenceRule.parse("RRULE:wkst=SU;byday=+2th,-1FR;FREQ=monthly;INTERVAL=2;COUNT=10");
        assertThat(rule.interval()).isEqualTo(2);
        assertThat(rule.count()).isEqualTo(10);
        assertThat(rule.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(rule.byDay()).containsExactly(new WeekdayNum(2, DayOfWeek.THURSDAY),
                new WeekdayNum(-1, DayOfWeek.FRIDAY));
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20271231").until()).isEqualTo("20271231");
        assertThat(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20271231T160000Z").until())
                .isEqualTo("20271231T160000Z");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYDAY=2TH                         | 2027-01-14",
            "FREQ=MONTHLY;BYDAY=-1FR                        | 2027-01-29",
            "FREQ=MONTHLY;BYMONTHDAY=-1                     | 2027-02-28",
            "FREQ=MONTHLY;BYDAY=TH;BYMONTHDAY=5,6,7,8,9,10,11 | 2027-01-07",
            "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13            | ",
            "FREQ=MONTHLY;BYDAY=5TH                         | 2027-04-29",
            "FREQ=MONTHLY;BYDAY=-1SU;INTERVAL=2;COUNT=3     | 2027-01-31",
    })
    void the_days_a_rule_selects_in_a_month(String text, LocalDate expected) {
        YearMonth month = expected == null ? YearMonth.of(2027, 1) : YearMonth.from(expected);
        assertThat(RecurrenceRule.parse(text).datesIn(month))
                .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "FREQ=MONTHLY;BYWEEKNO=2;BYDAY=TH               | BYWEEKNO   | BYWEEKNO is not allowed with FREQ=MONTHLY",
            "FREQ=MONTHLY;BYYEARDAY=40                      | BYYEARDAY  | BYYEARDAY is not allowed with FREQ=MONTHLY",
            "FREQ=MONTHLY;BYDAY=TH;X-COLOUR=RED             | X-COLOUR   | unknown part X-COLOUR",
            "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2               | BYSETPOS   | BYSETPOS is not supported",
            "FREQ=MONTHLY;BYDAY=TH;BYDAY=FR                 | BYDAY      | BYDAY occurs more than once",
            "FREQ=MONTHLY;FREQ=MONTHLY;BYDAY=TH             | FREQ       | FREQ occurs more than once",
            "FREQ=MONTHLY;BYMONTHDAY=32                     | BYMONTHDAY | BYMONTHDAY=32 is not a day of the month",
            "FREQ=MONTHLY;BYMONTHDAY=0                      | BYMONTHDAY | BYMONTHDAY=0 is not a day of the month",
            "FREQ=MONTHLY;BYMONTHDAY=5,,6                   | BYMONTHDAY | has an empty item",
            "FREQ=MONTHLY;BYDAY=XX                          | BYDAY      | BYDAY=XX is not a weekday",
            "FREQ=MONTHLY;BYDAY=6TH                         | BYDAY      | the ordinal is 1 to 5",
            "FREQ=MONTHLY;BYDAY=0TH                         | BYDAY      | the ordinal is 1 to 5",
            "FREQ=MONTHLY;BYDAY=TH;COUNT=5;UNTIL=20271231   | COUNT      | COUNT and UNTIL must not occur",
            "FREQ=WEEKLY;BYDAY=TH                           | FREQ       | only FREQ=MONTHLY",
            "FREQ=FORTNIGHTLY;BYDAY=TH                      | FREQ       | FREQ=FORTNIGHTLY is not a frequency",
            "BYDAY=TH                                       | FREQ       | FREQ is required",
            "FREQ=MONTHLY                                   | BYDAY      | needs BYDAY or BYMONTHDAY",
            "FREQ=MONTHLY;BYDAY=TH;INTERVAL=0               | INTERVAL   | INTERVAL=0 is not a positive whole number",
            "FREQ=MONTHLY;BYDAY=TH;COUNT=-3                 | COUNT      | COUNT=-3 is not a positive whole number",
            "FREQ=MONTHLY;BYDAY=TH;UNTIL=20270230           | UNTIL      | UNTIL=20270230 is not a date",
            "FREQ=MONTHLY;BYDAY=TH;WKST=XX                  | WKST       | WKST=XX is not a weekday",
            "FREQ=MONTHLY;BYDAY=TH;                         | ''         | is not NAME=VALUE",
            "FREQ=MONTHLY;BYDAY                             | BYDAY      | is not NAME=VALUE",
    })
    void a_rule_that_breaks_the_rules_is_rejected_naming_the_part(String text, String part, String message) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text))
                .isInstanceOfSatisfying(RecurrenceRule.Invalid.class, e -> assertThat(e.part()).isEqualTo(part))
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_rule_is_rejected(String text) {
        assertThatThrownBy(() -> RecurrenceRule.parse(text)).isInstanceOf(RecurrenceRule.Invalid.class)
                .hasMessageContaining("empty");
    }
}
