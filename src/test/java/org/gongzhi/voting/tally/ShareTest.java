package org.gongzhi.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.StatutoryMajority;
import org.gongzhi.voting.tally.Share.Threshold;

/** Percentages of a share are never shown across the threshold they are read against. No Spring. */
class ShareTest {

    private static final Threshold TWO_THIRDS = Threshold.of(StatutoryMajority.QUORUM);
    private static final Threshold THREE_QUARTERS = Threshold.of(StatutoryMajority.MAJOR_MATTER);
    private static final Threshold MORE_THAN_HALF = Threshold.of(StatutoryMajority.ORDINARY_MATTER);

    @ParameterizedTest(name = "{0}/{1} of ≥ 2/3 → {2}% (met {3})")
    @CsvSource({"64, 96, 66.67, true", "63, 96, 65.63, false", "65, 96, 67.71, true", "268, 402, 66.67, true",
            "267, 402, 66.42, false", "2, 3, 66.67, true", "13333, 20000, 66.66, false", "13334, 20000, 66.67, true",
            "666666, 1000000, 66.66, false", "666667, 1000000, 66.67, true", "0, 1, 0.00, false", "1, 1, 100.00, true"})
    void two_thirds(long part, long whole, String percent, boolean met) {
        assertThat(Share.of(part, whole).percent(TWO_THIRDS)).isEqualTo(percent);
        assertThat(TWO_THIRDS.metBy(part, whole)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0}/{1} of > 1/2 → {2}% (met {3})")
    @CsvSource({"48, 96, 50.00, false", "47, 96, 48.96, false", "49, 96, 51.04, true", "50000, 100000, 50.00, false",
            "50001, 100000, 50.01, true", "100001, 200000, 50.01, true", "99999, 200000, 50.00, false",
            "1200001, 2400000, 50.01, true"})
    void more_than_half(long part, long whole, String percent, boolean met) {
        assertThat(Share.of(part, whole).percent(MORE_THAN_HALF)).isEqualTo(percent);
        assertThat(MORE_THAN_HALF.metBy(part, whole)).isEqualTo(met);
    }

    @ParameterizedTest(name = "{0}/{1} of ≥ 3/4 → {2}%")
    @CsvSource({"72, 96, 75.00", "71, 96, 73.96", "73, 96, 76.04", "149999, 200000, 74.99", "150000, 200000, 75.00"})
    void three_quarters(long part, long whole, String percent) {
        assertThat(Share.of(part, whole).percent(THREE_QUARTERS)).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}/{1} of ≥ {2}‰ → {3}%")
    @CsvSource({"66999, 100000, 670, 66.99", "67000, 100000, 670, 67.00", "133999, 200000, 670, 66.99",
            "200, 1000, 200, 20.00", "1999, 10000, 200, 19.99"})
    void a_threshold_in_per_mille(long part, long whole, int perMille, String percent) {
        assertThat(Share.of(part, whole).percent(Threshold.of(new PassRule(perMille, Comparison.AT_LEAST))))
                .isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}/{1} → {2}%")
    @CsvSource({"64, 96, 66.67", "1, 3, 33.33", "1, 8, 12.50", "1, 200000, 0.00", "1, 20000, 0.01", "0, 0, 0.00",
            "1000000000000, 1000000000000, 100.00"})
    void without_a_threshold_the_nearest_hundredth_halves_up(long part, long whole, String percent) {
        assertThat(Share.of(part, whole).percent()).isEqualTo(percent);
        assertThat(Share.of(part, whole).percent(null)).isEqualTo(percent);
    }

    @Test
    void a_shown_percentage_agrees_with_the_integer_test_for_every_share_of_a_small_whole() {
        for (Threshold threshold : new Threshold[] {TWO_THIRDS, THREE_QUARTERS, MORE_THAN_HALF}) {
            for (long whole = 1; whole <= 1200; whole++) {
                for (long part = 0; part <= whole; part++) {
                    long shown = Long.parseLong(Share.of(part, whole).percent(threshold).replace(".", ""));
                    assertThat(threshold.metBy(shown, 10_000)).as(part + "/" + whole + " " + threshold)
                            .isEqualTo(threshold.metBy(part, whole));
                    assertThat(Math.abs(shown * whole - part * 10_000)).as(part + "/" + whole)
                            .isLessThanOrEqualTo(whole);
                }
            }
        }
    }
}
