package org.gongzhi.voting;

/**
 * A share the law requires, tested in integers as {@code denominator × part ⋛ numerator × whole}: "以上"
 * includes the boundary (民法典 第1259条), "过半数" does not.
 */
public enum StatutoryMajority {

    /** 三分之二以上: who must take part, of all owners. */
    QUORUM(2, 3, Comparison.AT_LEAST),

    /** 四分之三以上: who must agree to items 6–8, of those taking part. */
    MAJOR_MATTER(3, 4, Comparison.AT_LEAST),

    /** 过半数: who must agree to the other items, of those taking part. */
    ORDINARY_MATTER(1, 2, Comparison.MORE_THAN);

    private final int numerator;
    private final int denominator;
    private final Comparison comparison;

    StatutoryMajority(int numerator, int denominator, Comparison comparison) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.comparison = comparison;
    }

    public int numerator() {
        return numerator;
    }

    public int denominator() {
        return denominator;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** Whether the boundary itself is enough. */
    public enum Comparison {
        AT_LEAST("≥"), MORE_THAN(">");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(long left, long right) {
            return this == AT_LEAST ? left >= right : left > right;
        }
    }
}
