package org.gongzhi.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.Estate.Building;
import org.gongzhi.community.Estate.Door;
import org.gongzhi.community.Estate.GridArea;
import org.gongzhi.community.Estate.LandmarkAt;
import org.gongzhi.shared.geo.GeoPoint;

/** The register's geography: reads a community's {@link Estate} in three queries, whatever its size. */
@Service
public class EstateMap {

    /** How far a grid's area reaches beyond its outermost doors. */
    private static final double GRID_MARGIN_M = 14;

    private final JdbcClient jdbc;

    EstateMap(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the community is on the map yet (it has a boundary), in one small query. */
    public boolean exists(long communityId) {
        return jdbc.sql("select count(*) from community_boundary_point where community_id = ?").param(communityId)
                .query(Long.class).single() >= 3;
    }

    /** The community on the map; empty while it has no boundary. */
    public Optional<Estate> of(long communityId) {
        List<GeoPoint> boundary = jdbc.sql("""
                select lat_e6, long_e6 from community_boundary_point where community_id = ? order by seq""")
                .param(communityId).query((rs, n) -> new GeoPoint(rs.getInt(1), rs.getInt(2))).list();
        if (boundary.size() < 3) {
            return Optional.empty();
        }
        record DoorRow(long building, int number, long zone, Integer bLat, Integer bLong, String code, int unit,
                long gridId, int grid, String gridName, Integer lat, Integer lon) {
        }
        List<DoorRow> rows = jdbc.sql("""
                select b.id, b.number, b.zone_id, b.lat_e6 as b_lat, b.long_e6 as b_long, s.code, s.unit_number,
                    g.id as grid_id, g.number as grid, g.name as grid_name, s.lat_e6, s.long_e6
                from stairwell s join building b on b.id = s.building_id join grid g on g.id = s.grid_id
                where s.community_id = ? order by b.number, s.unit_number""")
                .param(communityId)
                .query((rs, n) -> new DoorRow(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getString(6), rs.getInt(7),
                        rs.getLong(8), rs.getInt(9), rs.getString(10), rs.getObject(11, Integer.class),
                        rs.getObject(12, Integer.class)))
                .list();
        Map<Long, List<DoorRow>> byBuilding = new LinkedHashMap<>();
        Map<Integer, List<DoorRow>> byGrid = new LinkedHashMap<>();
        for (DoorRow row : rows) {
            if (row.lat() != null && row.bLat() != null) {
                byBuilding.computeIfAbsent(row.building(), k -> new ArrayList<>()).add(row);
                byGrid.computeIfAbsent(row.grid(), k -> new ArrayList<>()).add(row);
            }
        }
        List<Building> buildings = byBuilding.values().stream().map(doors -> {
            DoorRow first = doors.getFirst();
            return new Building(first.building(), first.number(), first.zone(), new GeoPoint(first.bLat(),
                    first.bLong()), doors.stream().map(d -> new Door(d.code(), d.unit(), d.grid(),
                    new GeoPoint(d.lat(), d.lon()))).toList());
        }).toList();
        List<GridArea> grids = byGrid.values().stream().map(doors -> {
            List<GeoPoint> points = doors.stream().map(d -> new GeoPoint(d.lat(), d.lon())).toList();
            DoorRow first = doors.getFirst();
            return new GridArea(first.gridId(), first.grid(), first.gridName(), centre(points),
                    Estate.box(points, GRID_MARGIN_M, GRID_MARGIN_M));
        }).sorted(java.util.Comparator.comparingInt(GridArea::number)).toList();
        List<LandmarkAt> landmarks = jdbc.sql("""
                select landmark, lat_e6, long_e6, radius_m from landmark_position where community_id = ?
                order by landmark""")
                .param(communityId).query((rs, n) -> {
                    GeoPoint point = new GeoPoint(rs.getInt(2), rs.getInt(3));
                    int radius = rs.getInt(4);
                    return Landmark.named(rs.getString(1)).map(l -> new LandmarkAt(l, l.gridNumber(), point, radius));
                })
                .list().stream().flatMap(Optional::stream).toList();
        return Optional.of(new Estate(communityId, boundary, buildings, landmarks, grids));
    }

    /** The middle of the points' extent. */
    private static GeoPoint centre(List<GeoPoint> points) {
        int minLat = points.stream().mapToInt(GeoPoint::latE6).min().orElseThrow();
        int maxLat = points.stream().mapToInt(GeoPoint::latE6).max().orElseThrow();
        int minLong = points.stream().mapToInt(GeoPoint::longE6).min().orElseThrow();
        int maxLong = points.stream().mapToInt(GeoPoint::longE6).max().orElseThrow();
        return new GeoPoint((int) (((long) minLat + maxLat) / 2), (int) (((long) minLong + maxLong) / 2));
    }
}
