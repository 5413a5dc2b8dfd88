package org.gongzhi.community;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.gongzhi.shared.geo.GeoPoint;

/**
 * A community on the map, read at once from the register: its boundary, buildings with their stairwell doors,
 * landmarks and grids. Positions are WGS-84. A building's and a grid's outline are drawn from their doors, so the
 * register stores one point per building and stairwell only.
 */
public record Estate(long communityId, List<GeoPoint> boundary, List<Building> buildings,
        List<LandmarkAt> landmarks, List<GridArea> grids) {

    /** How far a point may lie from the stairwell door or landmark it is placed at (docs/decisions.md). */
    public static final int NEAREST_WITHIN_M = 150;
    private static final double HALF_DEPTH_M = 7;
    /** Half the width of a stairwell along its building. */
    private static final double HALF_DOOR_M = 6;

    public boolean contains(GeoPoint point) {
        return point.inside(boundary);
    }

    /** The stairwell door or landmark nearest this point, if one lies within {@code metres}. */
    public Optional<Nearby> nearest(GeoPoint point, double metres) {
        Stream<Nearby> doors = buildings.stream().flatMap(b -> b.stairwells().stream())
                .map(d -> new Nearby(Nearby.Kind.STAIRWELL, d.code(), d.gridNumber(), point.metresTo(d.point())));
        Stream<Nearby> places = landmarks.stream().map(l -> new Nearby(Nearby.Kind.LANDMARK, l.landmark().name(),
                l.gridNumber(), Math.max(0, point.metresTo(l.point()) - l.radiusM())));
        return Stream.concat(doors, places).filter(n -> n.metres() <= metres)
                .min(Comparator.comparingDouble(Nearby::metres).thenComparing(Nearby::code));
    }

    public Optional<Door> stairwell(String code) {
        return buildings.stream().flatMap(b -> b.stairwells().stream()).filter(d -> d.code().equalsIgnoreCase(code))
                .findFirst();
    }

    public Optional<Building> building(int number) {
        return buildings.stream().filter(b -> b.number() == number).findFirst();
    }

    public Optional<LandmarkAt> landmark(String name) {
        return landmarks.stream().filter(l -> l.landmark().name().equals(name)).findFirst();
    }

    public Optional<GridArea> grid(int number) {
        return grids.stream().filter(g -> g.number() == number).findFirst();
    }

    /** A building: its centre, its doors in unit order, and its footprint drawn around them. */
    public record Building(long id, int number, long zoneId, GeoPoint centre, List<Door> stairwells) {

        public List<GeoPoint> outline() {
            return box(stairwells.stream().map(Door::point).toList(), HALF_DEPTH_M, HALF_DOOR_M);
        }
    }

    /** A stairwell's door. */
    public record Door(String code, int unit, int gridNumber, GeoPoint point) {
    }

    public record LandmarkAt(Landmark landmark, int gridNumber, GeoPoint point, int radiusM) {
    }

    /** A grid: its centre (where a resident's report is shown, never at the home) and the area around its doors. */
    public record GridArea(long id, int number, String name, GeoPoint centre, List<GeoPoint> outline) {
    }

    /** Where a point was placed and how far it lay from it. */
    public record Nearby(Kind kind, String code, int gridNumber, double metres) {

        public enum Kind {
            STAIRWELL,
            LANDMARK
        }
    }

    /** The rectangle around these points, widened by the margins in metres (south–north, west–east). */
    static List<GeoPoint> box(List<GeoPoint> points, double northSouth, double eastWest) {
        int minLat = points.stream().mapToInt(GeoPoint::latE6).min().orElseThrow();
        int maxLat = points.stream().mapToInt(GeoPoint::latE6).max().orElseThrow();
        int minLong = points.stream().mapToInt(GeoPoint::longE6).min().orElseThrow();
        int maxLong = points.stream().mapToInt(GeoPoint::longE6).max().orElseThrow();
        GeoPoint sw = new GeoPoint(minLat, minLong).offsetMetres(-northSouth, -eastWest);
        GeoPoint ne = new GeoPoint(maxLat, maxLong).offsetMetres(northSouth, eastWest);
        return List.of(sw, new GeoPoint(sw.latE6(), ne.longE6()), ne, new GeoPoint(ne.latE6(), sw.longE6()));
    }
}
