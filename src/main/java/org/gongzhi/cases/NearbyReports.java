package org.gongzhi.cases;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.security.Actor;

/**
 * The duplicate hint of the report form by distance (issue 12): the open cases of the same kind within
 * {@link #WITHIN_M} metres of where a problem is about to be reported, nearest first, each with its distance. A case
 * lies at its Open311 point when it was filed with one, else at its place's door, building centre or landmark.
 * Only the cases the viewer may see are measured (CaseScope).
 */
@Service
public class NearbyReports {

    /** How near an open report must be to be offered for "me too". */
    public static final int WITHIN_M = 100;
    /** How many nearby reports are offered. */
    static final int SHOWN = 5;
    /** How many open cases, newest first, are measured at most. */
    private static final int MEASURED = 500;

    private final CaseQueries queries;
    private final EstateMap map;
    private final JdbcClient jdbc;

    NearbyReports(CaseQueries queries, EstateMap map, JdbcClient jdbc) {
        this.queries = queries;
        this.map = map;
        this.jdbc = jdbc;
    }

    /** The point of a place of the register, when the community has a map and the place is on it. */
    public Optional<GeoPoint> pointOf(long communityId, CasePlace place) {
        return map.of(communityId).flatMap(estate -> CasePlaces.pointOf(estate, place));
    }

    /** Open cases of this category (any when null) within {@link #WITHIN_M} of the point, nearest first. */
    public List<NearbyCase> near(Actor viewer, CaseCategory category, GeoPoint point) {
        Optional<Estate> estate = map.of(viewer.communityId());
        if (estate.isEmpty()) {
            return List.of();
        }
        Map<Long, GeoPoint> filedAt = new HashMap<>();
        jdbc.sql("""
                select work_order_id, lat_e6, long_e6 from open311_request
                where community_id = ? and lat_e6 is not null and long_e6 is not null""")
                .param(viewer.communityId())
                .query(rs -> {
                    filedAt.put(rs.getLong(1), new GeoPoint(rs.getInt(2), rs.getInt(3)));
                });
        return queries.open(viewer, category, MEASURED).stream()
                .flatMap(c -> Optional.ofNullable(filedAt.get(c.id()))
                        .or(() -> CasePlaces.pointOf(estate.get(), c.place()))
                        .map(at -> new NearbyCase((int) Math.round(point.metresTo(at)), c)).stream())
                .filter(n -> n.metres() <= WITHIN_M)
                .sorted(Comparator.comparing(NearbyCase::metres).thenComparing(n -> -n.report().id()))
                .limit(SHOWN)
                .toList();
    }

    /** An open case and how many metres it lies from the point asked about; null when the map cannot tell. */
    public record NearbyCase(Integer metres, CaseSummary report) {
    }
}
