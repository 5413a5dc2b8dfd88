package org.gongzhi.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.gongzhi.voting.tally.MatterItem.MAINTENANCE_FUND_RAISING;
import static org.gongzhi.voting.tally.MatterItem.RULES_OF_PROCEDURE;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.StatutoryMajority;
import org.gongzhi.voting.tally.UnreadableNumber.Reason;

/** 民法典 第278条 in integers: every boundary, by headcount and by area separately. No Spring. */
class StatutoryTallyTest {

    /** A vote in which all 36,000.00 m² take part and agree; only the headcount is under test. */
    private static StatutoryTally byHeadcount(MatterItem item, long total, long participating, long agreeing) {
        return tally(item, total, "36000.00", participating, "36000.00", agreeing, "36000.00");
    }

    /** A vote in which all 402 owners take part and agree; only the area is under test. */
    private static StatutoryTally byArea(MatterItem item, String total, String participating, String agreeing) {
        return tally(item, 402, total, 402, participating, 402, agreeing);
    }

    private static StatutoryTally tally(MatterItem item, long totalOwners, String totalArea,
            long participatingOwners, String participatingArea, long agreeingOwners, String agreeingArea) {
        return new StatutoryTally(item, new VoteCounts(totalOwners, Area.parse(totalArea), participatingOwners,
                Area.parse(participatingArea), agreeingOwners, Area.parse(agreeingArea)));
    }

    /** Figures of a valid vote as typed, by field name, for the input tests to break one at a time. */
    private static Map<String, String> figures() {
        Map<String, String> figures = new HashMap<>();
        figures.put("matterItem", "1");
        figures.put("totalOwners", "402");
        figures.put("totalArea", "36000.00");
        figures.put("participatingOwners", "300");
        figures.put("participatingArea", "27000.00");
        figures.put("agreeingOwners", "200");
        figures.put("agreeingArea", "18000.00");
        return figures;
    }

    private static TallyInput input(Map<String, String> f) {
        return new TallyInput(f.get("matterItem"), f.get("totalOwners"), f.get("totalArea"),
                f.get("participatingOwners"), f.get("participatingArea"), f.get("agreeingOwners"),
                f.get("agreeingArea"));
    }

    private static InvalidInput refusal(String field, String value) {
        Map<String, String> figures = figures();
        figures.put(field, value);
        return catchThrowableOfType(InvalidInput.class, () -> input(figures).tally());
    }

    @Test
    void quorum_is_met_at_exactly_two_thirds_of_all_owners() {
        StatutoryTally tally = byHeadcount(RULES_OF_PROCEDURE, 402, 268, 268);

        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.line(TallyRequirement.QUORUM_PERSONS).formula()).isEqualTo("3×268 = 804 ≥ 2×402 = 804 ✓");
    }

    @Test
    void quorum_is_missed_one_owner_short_of_two_thirds() {
        StatutoryTally tally = byHeadcount(RULES_OF_PROCEDURE, 402, 267, 267);

        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.line(TallyRequirement.QUORUM_PERSONS).formula()).isEqualTo("3×267 = 801 ≥ 2×402 = 804 ✗");
    }

    @Test
    void quorum_is_met_at_exactly_two_thirds_of_the_area() {
        StatutoryTally tally = byArea(RULES_OF_PROCEDURE, "36000.00", "24000.00", "24000.00");

        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.line(TallyRequirement.QUORUM_AREA).formula())
                .isEqualTo("3×24000.00 = 72000.00 ≥ 2×36000.00 = 72000.00 ✓");
    }

    @Test
    void quorum_is_missed_one_hundredth_of_a_square_metre_short_of_two_thirds_of_the_area() {
        StatutoryTally tally = byArea(RULES_OF_PROCEDURE, "36000.00", "23999.99", "23999.99");

        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.line(TallyRequirement.QUORUM_AREA).formula())
                .isEqualTo("3×23999.99 = 71999.97 ≥ 2×36000.00 = 72000.00 ✗");
    }

    @ParameterizedTest(name = "{1} of {0} owners → quorum {2}")
    @CsvSource({"401, 267, false", "401, 268, true", "5, 3, false", "5, 4, true", "7, 4, false", "7, 5, true",
            "1, 0, false", "1, 1, true", "3, 2, true"})
    void quorum_rounds_up_with_an_odd_number_of_owners(long total, long participating, boolean met) {
        assertThat(byHeadcount(RULES_OF_PROCEDURE, total, participating, participating).quorumMet())
                .isEqualTo(met);
    }

    @ParameterizedTest(name = "{1} of {0} m² → quorum {2}")
    @CsvSource({"10000.01, 6666.67, false", "10000.01, 6666.68, true", "100.00, 66.66, false",
            "100.00, 66.67, true", "0.01, 0.00, false", "0.01, 0.01, true", "0.03, 0.02, true"})
    void quorum_rounds_up_with_an_area_not_divisible_by_three(String total, String participating, boolean met) {
        assertThat(byArea(RULES_OF_PROCEDURE, total, participating, participating).quorumMet()).isEqualTo(met);
    }

    @Test
    void quorum_is_missed_when_every_owner_but_too_little_area_takes_part() {
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 402, "20000.00", 402, "20000.00");

        assertThat(tally.line(TallyRequirement.QUORUM_PERSONS).met()).isTrue();
        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void quorum_is_missed_when_all_the_area_but_too_few_owners_take_part() {
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 200, "36000.00", 200, "36000.00");

        assertThat(tally.line(TallyRequirement.QUORUM_AREA).met()).isTrue();
        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void no_quorum_means_no_pass_even_when_everyone_taking_part_agrees() {
        StatutoryTally tally = byHeadcount(RULES_OF_PROCEDURE, 402, 267, 267);

        assertThat(tally.line(TallyRequirement.PASS_PERSONS).met()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_AREA).met()).isTrue();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.verdict()).isEqualTo(Verdict.NO_QUORUM);
    }

    @Test
    void a_vote_nobody_took_part_in_does_not_pass_a_major_matter() {
        StatutoryTally tally = tally(MAINTENANCE_FUND_RAISING, 402, "36000.00", 0, "0", 0, "0");

        assertThat(tally.line(TallyRequirement.PASS_PERSONS).formula()).isEqualTo("4×0 = 0 ≥ 3×0 = 0 ✓");
        assertThat(tally.passed()).isFalse();
        assertThat(tally.verdict()).isEqualTo(Verdict.NO_QUORUM);
    }

    @Test
    void a_major_matter_passes_at_exactly_three_quarters_of_participating_owners() {
        StatutoryTally tally = byHeadcount(MAINTENANCE_FUND_RAISING, 402, 400, 300);

        assertThat(tally.passed()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_PERSONS).formula()).isEqualTo("4×300 = 1200 ≥ 3×400 = 1200 ✓");
    }

    @Test
    void a_major_matter_fails_one_owner_short_of_three_quarters_of_participating_owners() {
        StatutoryTally tally = byHeadcount(MAINTENANCE_FUND_RAISING, 402, 400, 299);

        assertThat(tally.passed()).isFalse();
        assertThat(tally.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void a_major_matter_fails_at_74_percent_of_participating_owners() {
        assertThat(byHeadcount(MAINTENANCE_FUND_RAISING, 100, 100, 74).passed()).isFalse();
        assertThat(byHeadcount(MAINTENANCE_FUND_RAISING, 100, 100, 75).passed()).isTrue();
    }

    @Test
    void a_major_matter_passes_at_exactly_three_quarters_of_participating_area() {
        StatutoryTally tally = byArea(MAINTENANCE_FUND_RAISING, "36000.00", "30000.00", "22500.00");

        assertThat(tally.passed()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_AREA).formula())
                .isEqualTo("4×22500.00 = 90000.00 ≥ 3×30000.00 = 90000.00 ✓");
    }

    @Test
    void a_major_matter_fails_one_hundredth_of_a_square_metre_short_of_three_quarters_of_participating_area() {
        StatutoryTally tally = byArea(MAINTENANCE_FUND_RAISING, "36000.00", "30000.00", "22499.99");

        assertThat(tally.passed()).isFalse();
        assertThat(tally.line(TallyRequirement.PASS_AREA).formula())
                .isEqualTo("4×22499.99 = 89999.96 ≥ 3×30000.00 = 90000.00 ✗");
    }

    @Test
    void a_major_matter_fails_at_74_percent_of_participating_area() {
        StatutoryTally tally = byArea(MAINTENANCE_FUND_RAISING, "12000.00", "10000.00", "7400.00");

        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_PERSONS).met()).isTrue();
        assertThat(tally.passed()).isFalse();
    }

    @ParameterizedTest(name = "{1} of {0} participating owners → pass {2}")
    @CsvSource({"401, 300, false", "401, 301, true", "3, 2, false", "3, 3, true", "5, 3, false", "5, 4, true",
            "1, 0, false", "1, 1, true"})
    void a_major_matter_rounds_up_with_an_odd_number_of_participating_owners(long participating, long agreeing,
            boolean passed) {
        assertThat(byHeadcount(MAINTENANCE_FUND_RAISING, participating, participating, agreeing).passed())
                .isEqualTo(passed);
    }

    @ParameterizedTest(name = "{2} of {1} m² → pass {3}")
    @CsvSource({"10000.01, 10000.01, 7500.00, false", "10000.01, 10000.01, 7500.01, true",
            "0.03, 0.03, 0.02, false", "0.03, 0.03, 0.03, true"})
    void a_major_matter_rounds_up_with_an_odd_participating_area(String total, String participating, String agreeing,
            boolean passed) {
        assertThat(byArea(MAINTENANCE_FUND_RAISING, total, participating, agreeing).passed()).isEqualTo(passed);
    }

    @Test
    void an_ordinary_matter_fails_at_exactly_half_of_participating_owners() {
        StatutoryTally tally = byHeadcount(RULES_OF_PROCEDURE, 402, 400, 200);

        assertThat(tally.passed()).isFalse();
        assertThat(tally.line(TallyRequirement.PASS_PERSONS).formula()).isEqualTo("2×200 = 400 > 1×400 = 400 ✗");
    }

    @Test
    void an_ordinary_matter_passes_with_one_owner_more_than_half_of_participating_owners() {
        StatutoryTally tally = byHeadcount(RULES_OF_PROCEDURE, 402, 400, 201);

        assertThat(tally.passed()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_PERSONS).formula()).isEqualTo("2×201 = 402 > 1×400 = 400 ✓");
    }

    @Test
    void an_ordinary_matter_fails_at_exactly_half_of_participating_area() {
        StatutoryTally tally = byArea(RULES_OF_PROCEDURE, "36000.00", "30000.00", "15000.00");

        assertThat(tally.passed()).isFalse();
        assertThat(tally.line(TallyRequirement.PASS_AREA).formula())
                .isEqualTo("2×15000.00 = 30000.00 > 1×30000.00 = 30000.00 ✗");
    }

    @Test
    void an_ordinary_matter_passes_with_one_hundredth_of_a_square_metre_more_than_half_of_participating_area() {
        assertThat(byArea(RULES_OF_PROCEDURE, "36000.00", "30000.00", "15000.01").passed()).isTrue();
    }

    @ParameterizedTest(name = "{1} of {0} participating owners → pass {2}")
    @CsvSource({"401, 200, false", "401, 201, true", "3, 1, false", "3, 2, true", "1, 0, false", "1, 1, true",
            "2, 1, false", "2, 2, true"})
    void an_ordinary_matter_needs_strictly_more_than_half_of_an_odd_number_of_participating_owners(
            long participating, long agreeing, boolean passed) {
        assertThat(byHeadcount(RULES_OF_PROCEDURE, participating, participating, agreeing).passed())
                .isEqualTo(passed);
    }

    @ParameterizedTest(name = "{1} of {0} m² → pass {2}")
    @CsvSource({"0.03, 0.01, false", "0.03, 0.02, true", "10000.01, 5000.00, false", "10000.01, 5000.01, true"})
    void an_ordinary_matter_needs_strictly_more_than_half_of_an_odd_participating_area(String participating,
            String agreeing, boolean passed) {
        assertThat(byArea(RULES_OF_PROCEDURE, participating, participating, agreeing).passed()).isEqualTo(passed);
    }

    @Test
    void a_majority_of_owners_on_a_minority_of_the_area_does_not_pass() {
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 402, "36000.00", 300, "18000.00");

        assertThat(tally.line(TallyRequirement.PASS_PERSONS).met()).isTrue();
        assertThat(tally.passed()).isFalse();
        assertThat(tally.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void a_majority_of_the_area_held_by_a_minority_of_owners_does_not_pass() {
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 402, "36000.00", 201, "30000.00");

        assertThat(tally.line(TallyRequirement.PASS_AREA).met()).isTrue();
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void a_matter_passes_when_both_headcount_and_area_are_met() {
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 402, "36000.00", 202, "18000.01");

        assertThat(tally.passed()).isTrue();
        assertThat(tally.verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void abstentions_count_towards_the_quorum() {
        // 268 take part: 120 agree, 100 oppose, 48 abstain
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 268, "24000.00", 120, "10000.00");

        assertThat(tally.quorumMet()).isTrue();
    }

    @Test
    void abstentions_count_against_the_majority_although_they_do_not_oppose() {
        // 300 take part: 150 agree, 100 oppose, 50 abstain; more agree than oppose, yet not more than half
        StatutoryTally tally = tally(RULES_OF_PROCEDURE, 402, "36000.00", 300, "30000.00", 150, "20000.00");

        assertThat(tally.quorumMet()).isTrue();
        assertThat(tally.line(TallyRequirement.PASS_PERSONS).formula()).isEqualTo("2×150 = 300 > 1×300 = 300 ✗");
        assertThat(tally.passed()).isFalse();
    }

    @Test
    void the_arithmetic_shows_the_four_tests_in_order_with_their_integers() {
        StatutoryTally tally = tally(MAINTENANCE_FUND_RAISING, 402, "36000.00", 268, "24000.00", 201, "18000.00");

        assertThat(tally.arithmetic())
                .extracting(ArithmeticLine::test, ArithmeticLine::left, l -> l.majority().comparison().symbol(),
                        ArithmeticLine::right, ArithmeticLine::met)
                .containsExactly(
                        tuple(TallyRequirement.QUORUM_PERSONS, 804L, "≥", 804L, true),
                        tuple(TallyRequirement.QUORUM_AREA, 7_200_000L, "≥", 7_200_000L, true),
                        tuple(TallyRequirement.PASS_PERSONS, 804L, "≥", 804L, true),
                        tuple(TallyRequirement.PASS_AREA, 7_200_000L, "≥", 7_200_000L, true));
        assertThat(tally.passed()).isTrue();
    }

    @Test
    void the_arithmetic_uses_the_pass_majority_of_the_matter_class() {
        assertThat(byHeadcount(MAINTENANCE_FUND_RAISING, 402, 400, 300).line(TallyRequirement.PASS_PERSONS).majority())
                .isEqualTo(StatutoryMajority.MAJOR_MATTER);
        assertThat(byHeadcount(RULES_OF_PROCEDURE, 402, 400, 300).line(TallyRequirement.PASS_PERSONS).majority())
                .isEqualTo(StatutoryMajority.ORDINARY_MATTER);
    }

    @Test
    void the_arithmetic_stays_exact_at_the_largest_figures_it_accepts() {
        StatutoryTally tally = tally(MAINTENANCE_FUND_RAISING, 100_000_000, "10000000000.00", 100_000_000,
                "10000000000.00", 75_000_000, "7500000000.00");

        assertThat(tally.line(TallyRequirement.QUORUM_AREA).left()).isEqualTo(3_000_000_000_000L);
        assertThat(tally.passed()).isTrue();
    }

    @ParameterizedTest(name = "item {0} is {1}, a {2} matter")
    @CsvSource({"1, RULES_OF_PROCEDURE, ORDINARY", "2, MANAGEMENT_COVENANT, ORDINARY",
            "3, OWNERS_COMMITTEE_ELECTION, ORDINARY", "4, PROPERTY_MANAGER_APPOINTMENT, ORDINARY",
            "5, MAINTENANCE_FUND_USE, ORDINARY", "6, MAINTENANCE_FUND_RAISING, MAJOR",
            "7, BUILDING_RECONSTRUCTION, MAJOR", "8, COMMON_PARTS_CHANGE_OF_USE, MAJOR",
            "9, OTHER_MAJOR_MATTER, ORDINARY"})
    void each_of_the_nine_items_has_its_number_and_class(int number, MatterItem item, MatterClass matterClass) {
        assertThat(MatterItem.numbered(number)).contains(item);
        assertThat(MatterItem.numbered(" " + number + " ")).contains(item);
        assertThat(item.number()).isEqualTo(number);
        assertThat(item.matterClass()).isEqualTo(matterClass);
    }

    @Test
    void there_are_exactly_nine_matter_items() {
        assertThat(MatterItem.values()).hasSize(9);
    }

    @ParameterizedTest
    @EnumSource(MatterItem.class)
    void two_hundred_and_one_of_four_hundred_passes_only_an_ordinary_matter(MatterItem item) {
        assertThat(byHeadcount(item, 402, 400, 201).passed()).isEqualTo(item.matterClass() == MatterClass.ORDINARY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10", "-1", "six", "6.0", ""})
    void nothing_else_is_an_item(String text) {
        assertThat(MatterItem.numbered(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} hundredths of m²")
    @CsvSource({"36000.00, 3600000", "36000, 3600000", "0.5, 50", "0.05, 5", "0, 0", "' 12.3 ', 1230",
            "007.10, 710", "10000000000.00, 1000000000000"})
    void an_area_reads_square_metres_with_at_most_two_decimals(String text, long hundredths) {
        assertThat(Area.parse(text).hundredths()).isEqualTo(hundredths);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({"-1, NEGATIVE", "-0.01, NEGATIVE", "1.234, TOO_MANY_DECIMALS", "0.500, TOO_MANY_DECIMALS",
            "abc, NOT_A_NUMBER", "'', NOT_A_NUMBER", "1e3, NOT_A_NUMBER", "'1,000', NOT_A_NUMBER",
            ".5, NOT_A_NUMBER", "5., NOT_A_NUMBER", "+5, NOT_A_NUMBER", "３６, NOT_A_NUMBER",
            "10000000000.01, TOO_LARGE", "99999999999999999999999, TOO_LARGE"})
    void an_area_refuses_text_that_is_not_one(String text, Reason reason) {
        assertThat(catchThrowableOfType(UnreadableNumber.class, () -> Area.parse(text)).reason())
                .isEqualTo(reason);
    }

    @ParameterizedTest(name = "\"{0}\" is written \"{1}\"")
    @CsvSource({"36000, 36000.00", "36000.00, 36000.00", "0.5, 0.50", "0.05, 0.05", "0, 0.00"})
    void an_area_writes_square_metres_with_two_decimals(String text, String written) {
        assertThat(Area.parse(text)).hasToString(written);
    }

    @Test
    void an_area_cannot_be_negative() {
        assertThatThrownBy(() -> new Area(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource({"402.5, TOO_MANY_DECIMALS", "402.0, TOO_MANY_DECIMALS", "-3, NEGATIVE", "many, NOT_A_NUMBER",
            "100000001, TOO_LARGE"})
    void headcounts_are_whole_numbers_of_persons(String text, Reason reason) {
        assertThat(catchThrowableOfType(UnreadableNumber.class, () -> Measure.PERSONS.parse(text)).reason())
                .isEqualTo(reason);
    }

    @Test
    void valid_figures_become_a_tally() {
        StatutoryTally tally = input(figures()).tally();

        assertThat(tally.matterItem()).isEqualTo(RULES_OF_PROCEDURE);
        assertThat(tally.counts().participatingArea()).isEqualTo(Area.parse("27000"));
        assertThat(tally.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource({
            "matterItem, 0, voting.validation.matterItem",
            "matterItem, 10, voting.validation.matterItem",
            "matterItem, six, voting.validation.matterItem",
            "totalOwners, 402.5, voting.validation.PERSONS.TOO_MANY_DECIMALS",
            "totalOwners, -402, voting.validation.PERSONS.NEGATIVE",
            "totalOwners, many, voting.validation.PERSONS.NOT_A_NUMBER",
            "totalOwners, 100000001, voting.validation.PERSONS.TOO_LARGE",
            "totalArea, 36000.001, voting.validation.AREA.TOO_MANY_DECIMALS",
            "totalArea, '36,000', voting.validation.AREA.NOT_A_NUMBER",
            "participatingOwners, 403, voting.validation.exceedsTotal",
            "participatingOwners, -1, voting.validation.PERSONS.NEGATIVE",
            "participatingArea, 36000.01, voting.validation.exceedsTotal",
            "agreeingOwners, 301, voting.validation.exceedsParticipating",
            "agreeingArea, 27000.01, voting.validation.exceedsParticipating",
            "agreeingArea, -1, voting.validation.AREA.NEGATIVE"})
    void each_broken_rule_names_its_field(String field, String value, String code) {
        assertThat(refusal(field, value).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple(field, code));
    }

    @ParameterizedTest(name = "{0} = \"{1}\", {2} = \"{3}\" → {4} on {5}")
    @CsvSource({
            "agreeingOwners, 0, agreeingArea, 5000.00, voting.validation.noOwnersWithArea, agreeingOwners",
            "agreeingOwners, 0, agreeingArea, 0.01, voting.validation.noOwnersWithArea, agreeingOwners",
            "agreeingOwners, 80, agreeingArea, 0.00, voting.validation.noAreaWithOwners, agreeingArea",
            "agreeingOwners, 1, agreeingArea, -0.00, voting.validation.noAreaWithOwners, agreeingArea"})
    void owners_and_their_area_are_zero_together_or_not_at_all(String owners, String count, String area,
            String squareMetres, String code, String named) {
        Map<String, String> figures = figures();
        figures.put(owners, count);
        figures.put(area, squareMetres);

        assertThat(catchThrowableOfType(InvalidInput.class, () -> input(figures).tally()).problems())
                .extracting(Problem::field, Problem::code)
                .containsExactly(tuple(named, code));
    }

    @Test
    void eighty_participating_owners_with_no_area_are_refused_on_the_area() {
        Map<String, String> figures = figures();
        figures.put("participatingOwners", "80");
        figures.put("participatingArea", "0.00");
        figures.put("agreeingOwners", "0");
        figures.put("agreeingArea", "0");

        assertThat(catchThrowableOfType(InvalidInput.class, () -> input(figures).tally()).problems())
                .extracting(Problem::field, Problem::code)
                .containsExactly(tuple("participatingArea", "voting.validation.noAreaWithOwners"));
    }

    @Test
    void nobody_agreeing_with_no_area_is_a_tally() {
        Map<String, String> figures = figures();
        figures.put("agreeingOwners", "0");
        figures.put("agreeingArea", "-0.00");

        StatutoryTally tally = input(figures).tally();

        assertThat(tally.counts().agreeingArea().hundredths()).isZero();
        assertThat(tally.passed()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is zero")
    @ValueSource(strings = {"-0", "-0.00", "-0.0", " -00.00 "})
    void a_zero_with_a_minus_sign_is_zero(String text) {
        assertThat(Area.parse(text).hundredths()).isZero();
        if (!text.contains(".")) {
            assertThat(Measure.PERSONS.parse(text)).isZero();
        }
    }

    @ParameterizedTest(name = "{0} = 0 → {3}")
    @CsvSource({"totalOwners, participatingOwners, agreeingOwners, voting.validation.noOwners",
            "totalArea, participatingArea, agreeingArea, voting.validation.noArea"})
    void a_total_of_nothing_is_refused_on_the_total(String total, String participating, String agreeing,
            String code) {
        Map<String, String> figures = figures();
        figures.put(total, "0");
        figures.put(participating, "0");
        figures.put(agreeing, "0");

        assertThat(catchThrowableOfType(InvalidInput.class, () -> input(figures).tally()).problems())
                .extracting(Problem::field, Problem::code)
                .containsExactly(tuple(total, code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"matterItem", "totalOwners", "totalArea", "participatingOwners", "participatingArea",
            "agreeingOwners", "agreeingArea"})
    void a_missing_figure_is_required(String field) {
        assertThat(refusal(field, null).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple(field, "voting.validation.required"));
        assertThat(refusal(field, "  ").problems()).extracting(Problem::field)
                .containsExactly(field);
    }

    @Test
    void every_problem_is_reported_at_once() {
        TallyInput input = new TallyInput("", "402", "36000.001", "500", "27000.00", "-1", "30000.00");

        assertThat(catchThrowableOfType(InvalidInput.class, input::tally).problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("matterItem", "totalArea", "participatingOwners", "agreeingOwners",
                        "agreeingArea");
    }

    @Test
    void counts_built_in_code_obey_the_same_rules() {
        assertThatThrownBy(() -> new VoteCounts(-1, Area.parse("1"), 0, Area.parse("0"), 0, Area.parse("0")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains("totalOwners"));
    }
}
