package org.gongzhi.voting.tally;

import org.gongzhi.voting.StatutoryMajority.Comparison;

/**
 * A share a resident vote sets for itself, in per-mille: "more than 500‰" (过半数) or "at least 667‰", tested in
 * integers as {@code 1000 × part ⋛ perMille × whole}.
 */
public record PassRule(int perMille, Comparison comparison) {

    public PassRule {
        if (perMille < 0 || perMille > 1000 || comparison == null) {
            throw new IllegalArgumentException("per-mille out of range: " + perMille);
        }
    }

    public ShareLine line(String test, long part, long whole) {
        return new ShareLine(test, this, part, whole);
    }

    /** One test of a resident tally with its numbers, e.g. {@code 1000×61 = 61000 > 500×100 = 50000 ✓}. */
    public record ShareLine(String test, PassRule rule, long part, long whole) {

        public long left() {
            return Math.multiplyExact(1000L, part);
        }

        public long right() {
            return Math.multiplyExact((long) rule.perMille(), whole);
        }

        public boolean met() {
            return rule.comparison().holds(left(), right());
        }

        public String formula() {
            return "1000×" + part + " = " + left() + " " + rule.comparison().symbol() + " " + rule.perMille() + "×"
                    + whole + " = " + right() + (met() ? " ✓" : " ✗");
        }
    }
}
