package org.gongzhi.voting.tally;

import org.gongzhi.voting.StatutoryMajority;

/**
 * One test of a tally with its numbers: {@code denominator × part ⋛ numerator × whole}, in persons or in
 * hundredths of m², e.g. {@code 3×268 = 804 ≥ 2×402 = 804 ✓}.
 */
public record ArithmeticLine(TallyRequirement test, StatutoryMajority majority, long part, long whole) {

    public long left() {
        return Math.multiplyExact(majority.denominator(), part);
    }

    public long right() {
        return Math.multiplyExact(majority.numerator(), whole);
    }

    public boolean met() {
        return majority.comparison().holds(left(), right());
    }

    /** The test as a person checks it by hand; areas in m² with two decimals. */
    public String formula() {
        Measure measure = test.measure();
        return majority.denominator() + "×" + measure.format(part) + " = " + measure.format(left()) + " "
                + majority.comparison().symbol() + " "
                + majority.numerator() + "×" + measure.format(whole) + " = " + measure.format(right())
                + (met() ? " ✓" : " ✗");
    }
}
