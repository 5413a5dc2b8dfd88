package org.gongzhi.cases;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.community.Estate;
import org.gongzhi.community.EstateMap;
import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.geo.GeoPoint;

/** Finds the stairwell, building or landmark a report names, and the grid that looks after it. */
@Component
public class CasePlaces {

    private final JdbcClient jdbc;
    private final EstateMap map;

    CasePlaces(JdbcClient jdbc, EstateMap map) {
        this.jdbc = jdbc;
        this.map = map;
    }

    /**
     * The one rule for a point on the map, used by Open311 and by the resident's report alike: the point must lie
     * inside the community's boundary and is placed at the nearest stairwell door or landmark within
     * {@link Estate#NEAREST_WITHIN_M} metres.
     */
    public AtPoint atPoint(long communityId, GeoPoint point) {
        Estate estate = inside(communityId, point);
        Estate.Nearby nearby = estate.nearest(point, Estate.NEAREST_WITHIN_M)
                .orElseThrow(() -> new PointRefused(PointRefused.Reason.NOTHING_NEAR, point));
        Kind kind = nearby.kind() == Estate.Nearby.Kind.LANDMARK ? Kind.LANDMARK : Kind.STAIRWELL;
        return new AtPoint(locate(communityId, kind, nearby.code()), point, nearby.metres());
    }

    /** The community's map, once the point is known to lie inside its boundary; refused otherwise. */
    public Estate inside(long communityId, GeoPoint point) {
        Estate estate = map.of(communityId).orElseThrow(() -> new PointRefused(PointRefused.Reason.NO_MAP, point));
        if (!estate.contains(point)) {
            throw new PointRefused(PointRefused.Reason.OUTSIDE, point);
        }
        return estate;
    }

    /** Where a place of the register lies on the map: a stairwell's door, a building's centre, a landmark. */
    public static java.util.Optional<GeoPoint> pointOf(Estate estate, CasePlace place) {
        String code = place.code() == null ? "" : place.code();
        return switch (place.kind()) {
            case STAIRWELL -> estate.stairwell(code).map(Estate.Door::point);
            case BUILDING -> code.matches("\\d{1,4}") ? estate.building(Integer.parseInt(code))
                    .map(Estate.Building::centre) : Optional.empty();
            case LANDMARK -> estate.landmark(code).map(Estate.LandmarkAt::point);
        };
    }

    public Located locate(long communityId, Kind kind, String code) {
        String trimmed = code == null ? "" : code.strip();
        return (switch (kind) {
            case STAIRWELL -> stairwell(communityId, trimmed.toUpperCase(Locale.ROOT));
            case BUILDING -> building(communityId, trimmed);
            case LANDMARK -> landmark(communityId, trimmed);
        }).orElseThrow(() -> InvalidInput.of("placeCode", "case.validation.place." + kind, trimmed));
    }

    private Optional<Located> stairwell(long communityId, String code) {
        return jdbc.sql("""
                select s.id, s.building_id, s.grid_id, s.building_number, s.unit_number from register_stairwell s
                where s.community_id = ? and s.code = ?""")
                .params(communityId, code)
                .query((rs, n) -> new Located(new CasePlace(Kind.STAIRWELL, code, rs.getInt("building_number"),
                        rs.getInt("unit_number")), rs.getLong("id"), rs.getLong("building_id"), rs.getLong("grid_id")))
                .optional();
    }

    private Optional<Located> building(long communityId, String number) {
        if (!number.matches("\\d{1,4}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select b.id, min(s.grid_id) as grid_id from register_building b
                join register_stairwell s on s.building_id = b.id
                where b.community_id = ? and b.number = ? group by b.id""")
                .params(communityId, Integer.parseInt(number))
                .query((rs, n) -> new Located(new CasePlace(Kind.BUILDING, number, Integer.parseInt(number), null),
                        null, rs.getLong("id"), rs.getLong("grid_id")))
                .optional();
    }

    private Optional<Located> landmark(long communityId, String name) {
        return Landmark.named(name.toUpperCase(Locale.ROOT)).flatMap(landmark -> jdbc.sql(
                        "select id from register_grid where community_id = ? and number = ?")
                .params(communityId, landmark.gridNumber()).query(Long.class).optional()
                .map(grid -> new Located(new CasePlace(Kind.LANDMARK, landmark.name(), null, null), null, null, grid)));
    }

    /** A point placed at a stairwell or landmark, and how far from its door or edge it lay. */
    public record AtPoint(Located where, GeoPoint point, double metres) {
    }

    /** A point the map cannot take: the community has no map, the point is outside it, or nothing is near. */
    public static class PointRefused extends RuntimeException {

        /** Why a point was refused. */
        public enum Reason {
            NO_MAP,
            OUTSIDE,
            NOTHING_NEAR
        }

        private final Reason reason;
        private final transient GeoPoint point;

        PointRefused(Reason reason, GeoPoint point) {
            super(reason + " " + point);
            this.reason = reason;
            this.point = point;
        }

        public Reason reason() {
            return reason;
        }

        public GeoPoint point() {
            return point;
        }
    }

    /** A place found in the register. */
    public record Located(CasePlace place, Long stairwellId, Long buildingId, long gridId) {
    }
}
