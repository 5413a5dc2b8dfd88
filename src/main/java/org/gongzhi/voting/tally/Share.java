package org.gongzhi.voting.tally;

import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.StatutoryMajority;

/**
 * A part of a whole (persons, or hundredths of m²) written as a percentage with two decimals, the one place where
 * shares become percentages. Against a threshold the percentage is never shown on the wrong side of it: the figure
 * is the nearest hundredth of a percent, unless that would read as meeting a threshold the share misses (or the
 * reverse), in which case it is the nearest hundredth on the right side. So 64 of 96 reads 66.67% (≥ 2/3, met),
 * 13,333 of 20,000 reads 66.66% (missed), exactly half reads 50.00% (not more than half); whether a test is met is
 * still the integer comparison, and the exact part and whole are shown beside the percentage.
 */
public record Share(long part, long whole) {

    /** Hundredths of a percent in a whole. */
    private static final long SCALE = 10_000;

    public Share {
        if (part < 0 || whole < 0 || part > whole && whole > 0) {
            throw new IllegalArgumentException("share out of range: " + part + "/" + whole);
        }
    }

    public static Share of(long part, long whole) {
        return new Share(part, whole);
    }

    /** The nearest hundredth of a percent, halves up, e.g. "66.67"; "0.00" of nothing. */
    public String percent() {
        return Measure.AREA.format(nearest());
    }

    /** As {@link #percent()}, but never across the threshold (none: the nearest). */
    public String percent(Threshold threshold) {
        if (threshold == null || whole == 0) {
            return percent();
        }
        long shown = nearest();
        boolean met = threshold.metBy(part, whole);
        if (met && !threshold.metBy(shown, SCALE)) {
            shown = threshold.lowestMeeting();
        } else if (!met && threshold.metBy(shown, SCALE)) {
            shown = threshold.lowestMeeting() - 1;
        }
        return Measure.AREA.format(shown);
    }

    private long nearest() {
        if (whole == 0) {
            return 0;
        }
        return Math.addExact(Math.multiplyExact(2 * SCALE, part), whole) / Math.multiplyExact(2L, whole);
    }

    /** A share a test needs: {@code denominator × part ⋛ numerator × whole}, as the tallies compare it. */
    public record Threshold(long numerator, long denominator, Comparison comparison) {

        public Threshold {
            if (numerator < 0 || denominator <= 0 || numerator > denominator || comparison == null) {
                throw new IllegalArgumentException("threshold out of range: " + numerator + "/" + denominator);
            }
        }

        public static Threshold of(StatutoryMajority majority) {
            return new Threshold(majority.numerator(), majority.denominator(), majority.comparison());
        }

        public static Threshold of(PassRule rule) {
            return new Threshold(rule.perMille(), 1000, rule.comparison());
        }

        public boolean metBy(long part, long whole) {
            return comparison.holds(Math.multiplyExact(denominator, part), Math.multiplyExact(numerator, whole));
        }

        /** The lowest hundredth of a percent that reads as meeting this threshold. */
        long lowestMeeting() {
            long scaled = numerator * SCALE;
            long floor = scaled / denominator;
            boolean exact = floor * denominator == scaled;
            return comparison == Comparison.AT_LEAST ? (exact ? floor : floor + 1) : floor + 1;
        }
    }
}
