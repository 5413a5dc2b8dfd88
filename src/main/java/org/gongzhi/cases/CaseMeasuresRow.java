package org.gongzhi.cases;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one grid, branch or month: integer counts, the seconds from report to close summed over the
 * cases closed, and the rates as numerator/denominator pairs.
 */
public record CaseMeasuresRow(int key, Map<CaseMeasure, Long> counts, long closeSeconds) {

    public long count(CaseMeasure measure) {
        return counts.getOrDefault(measure, 0L);
    }

    public long reported() {
        return count(CaseMeasure.REPORTED);
    }

    /** 结案率: cases due in the period that are closed / cases due in the period. */
    @JsonProperty
    public Ratio closeRate() {
        return new Ratio(count(CaseMeasure.CLOSED_WHEN_DUE), count(CaseMeasure.DUE));
    }

    /** 按期结案率: cases due in the period closed no later than their deadline / cases due in the period. */
    @JsonProperty
    public Ratio onTimeRate() {
        return new Ratio(count(CaseMeasure.CLOSED_ON_TIME), count(CaseMeasure.DUE));
    }

    /** 返工率: cases first handled in the period that failed a verification / cases first handled in it. */
    @JsonProperty
    public Ratio reworkRate() {
        return new Ratio(count(CaseMeasure.REWORKED), count(CaseMeasure.HANDLED));
    }

    /** Average minutes from report to close over the cases closed in the period, rounded; null if none. */
    @JsonProperty
    public Long averageMinutesToClose() {
        long closed = count(CaseMeasure.CLOSED);
        return closed == 0 ? null : (closeSeconds + closed * 30) / (closed * 60);
    }

    /** A rate kept as its two counts; per mille (rounded down) only for showing it. */
    public record Ratio(long numerator, long denominator) {

        @JsonProperty
        public Long perMille() {
            return denominator == 0 ? null : numerator * 1000 / denominator;
        }
    }
}
