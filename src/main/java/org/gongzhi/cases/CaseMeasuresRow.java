package org.gongzhi.cases;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures of one grid, branch or month: integer counts, the seconds from report to close summed over the
 * cases closed, the reporters' ratings (1–5) summed over the cases closed and rated, and the rates as
 * numerator/denominator pairs.
 */
public record CaseMeasuresRow(int key, Map<CaseMeasure, Long> counts, long closeSeconds, long ratingSum) {

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

    /** 满意率: cases closed in the period and rated 4 or 5 by their reporter / cases closed in it and rated. */
    @JsonProperty
    public Ratio satisfiedRate() {
        return new Ratio(count(CaseMeasure.SATISFIED), count(CaseMeasure.RATED));
    }

    /**
     * The mean rating (1–5) of the cases closed in the period and rated, in tenths rounded half up (42 is 4.2),
     * in integers throughout; null if none was rated.
     */
    @JsonProperty
    public Long meanRatingTenths() {
        long rated = count(CaseMeasure.RATED);
        return rated == 0 ? null : (ratingSum * 20 + rated) / (rated * 2);
    }

    /** A rate kept as its two counts; per mille (rounded down) only for showing it. */
    public record Ratio(long numerator, long denominator) {

        @JsonProperty
        public Long perMille() {
            return denominator == 0 ? null : numerator * 1000 / denominator;
        }
    }
}
