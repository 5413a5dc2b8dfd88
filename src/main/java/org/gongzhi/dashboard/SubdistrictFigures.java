package org.gongzhi.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The communities of a subdistrict side by side over a range of days: each community's headline measures, the
 * communities ranked on one of them ({@code rankedBy}, best first unless {@code ascending} is asked); as of the
 * oldest of the communities' figures (none without communities).
 */
public record SubdistrictFigures(String subdistrict, LocalDate from, LocalDate to, SubdistrictMeasure rankedBy,
        boolean ascending, List<SubdistrictMeasure> measures, List<CommunityMeasures> communities, Instant asOf) {

    /** One community's place in the ranking and its figure for every measure it has one for (none: nothing to divide by). */
    public record CommunityMeasures(int rank, long id, String code, String name, Map<SubdistrictMeasure, Long> values) {

        public Long value(SubdistrictMeasure measure) {
            return values.get(measure);
        }
    }
}
