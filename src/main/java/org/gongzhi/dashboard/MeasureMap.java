package org.gongzhi.dashboard;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The estate coloured by one participation measure, as GeoJSON features: the boundary; every building, filled by
 * the share of households taking part in its grid (in a grid's drill-down, that grid's buildings only); and, in a
 * drill-down, each stairwell's door by its own share. Shares are per mille of households living there; each
 * place's {@code band} (0–4) is its fifth of the range from 0 to the highest share shown, whose bounds are
 * {@code breaks} (six per-mille figures, the last the highest); places the viewer may not see, or where nobody
 * lives, have no share and no band.
 */
public record MeasureMap(String type, ParticipationAction measure, Integer grid, List<Long> breaks,
        List<Feature> features) {

    public static final int BANDS = 5;

    /** A GeoJSON feature; its geometry is a {@link Polygon} or a {@link Point}. */
    public record Feature(String type, Object geometry, Place properties) {
    }

    /**
     * What a feature is: {@code kind} boundary, building (key: its number) or stairwell (key: its code); the
     * households living there and those taking part, the share, its band, and where it opens.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String kind, String key, String name, Integer grid, Long households, Long taking,
            Long perMille, Integer band, String href) {
    }

    /** GeoJSON Polygon: one closed ring of [long, lat] (WGS-84). */
    public record Polygon(String type, List<List<List<BigDecimal>>> coordinates) {
    }

    /** GeoJSON Point: [long, lat] (WGS-84). */
    public record Point(String type, List<BigDecimal> coordinates) {
    }

    /** The band of a share among shares up to {@code highest}: equal fifths, the highest in the last. */
    static Integer band(Long perMille, long highest) {
        if (perMille == null) {
            return null;
        }
        return highest == 0 ? 0 : (int) Math.min(BANDS - 1, perMille * BANDS / highest);
    }

    /** The lower bound of each band, then the highest share: the smallest share that falls in each band. */
    static List<Long> breaks(long highest) {
        Long[] bounds = new Long[BANDS + 1];
        for (int b = 0; b < BANDS; b++) {
            bounds[b] = highest == 0 ? 0 : (b * highest + BANDS - 1) / BANDS;
        }
        bounds[BANDS] = highest;
        return List.of(bounds);
    }
}
