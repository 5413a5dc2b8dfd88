package org.gongzhi.community.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.Landmark;
import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.geo.GeoPoint;

/**
 * Places the Aoyuan register on the map where the estate lies, in 九里亭街道, 松江区 (about 31.1330 N, 121.3120 E,
 * WGS-84). Deterministic: the 15 grids are blocks of 210 × 110 m in five rows of three from the south (grids 1–8 the
 * south zone, 9–15 the north), each block two rows of two buildings running east–west with a stairwell door every
 * 12 m; Swan Lake, the central garden and the basketball court lie in the middle of the blocks of the grids that
 * look after them, the gates on the boundary. Runs once, when the community has no boundary yet, so a register
 * seeded before coordinates existed is placed too.
 */
@Component
@Order(12)
public class AoyuanMap implements DemoStep {

    static final GeoPoint CENTRE = new GeoPoint(31_133_000, 121_312_000);
    static final double BLOCK_W = 210;
    static final double BLOCK_H = 110;
    static final double DOOR_SPACING = 12;
    /** The south-west corner of the layout; the layout spans 630 × 550 m around the centre. */
    private static final GeoPoint ORIGIN = CENTRE.offsetMetres(-275, -315);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AoyuanMap(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    @Transactional
    public void load() {
        Long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).optional()
                .orElse(null);
        if (community == null || jdbc.sql("select count(*) from community_boundary_point where community_id = ?")
                .param(community).query(Long.class).single() > 0) {
            return;
        }
        List<GeoPoint> boundary = List.of(at(-15, -15), at(645, -15), at(645, 505), at(560, 565), at(-15, 565));
        for (int i = 0; i < boundary.size(); i++) {
            jdbc.sql("insert into community_boundary_point (community_id, seq, lat_e6, long_e6) values (?, ?, ?, ?)")
                    .params(community, i + 1, boundary.get(i).latE6(), boundary.get(i).longE6()).update();
        }
        Map<Landmark, double[]> landmarks = new LinkedHashMap<>();
        landmarks.put(Landmark.SWAN_LAKE, new double[] {315, 162, 20});
        landmarks.put(Landmark.CENTRAL_GARDEN, new double[] {315, 272, 18});
        landmarks.put(Landmark.BASKETBALL_COURT, new double[] {105, 382, 14});
        landmarks.put(Landmark.SOUTH_GATE, new double[] {105, -9, 6});
        landmarks.put(Landmark.NORTH_GATE, new double[] {500, 559, 6});
        landmarks.forEach((landmark, xyr) -> {
            GeoPoint p = at(xyr[0], xyr[1]);
            jdbc.sql("insert into landmark_position (community_id, landmark, lat_e6, long_e6, radius_m) "
                    + "values (?, ?, ?, ?, ?)").params(community, landmark.name(), p.latE6(), p.longE6(), (int) xyr[2])
                    .update();
        });
        placeBuildings(community);
    }

    /** Buildings in the order of their grid and number: the k-th building of a grid is in its block's k-th slot. */
    private void placeBuildings(long community) {
        record Row(long building, long stairwell, int unit, int grid) {
        }
        List<Row> rows = jdbc.sql("""
                select s.building_id, s.id, s.unit_number, g.number as grid from stairwell s
                join grid g on g.id = s.grid_id join building b on b.id = s.building_id
                where s.community_id = ? order by b.number, s.unit_number""")
                .param(community).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
        Map<Long, List<Row>> byBuilding = new LinkedHashMap<>();
        rows.forEach(r -> byBuilding.computeIfAbsent(r.building(), k -> new ArrayList<>()).add(r));
        Map<Integer, Integer> slotsTaken = new LinkedHashMap<>();
        List<Object[]> buildings = new ArrayList<>();
        List<Object[]> stairwells = new ArrayList<>();
        byBuilding.forEach((building, doors) -> {
            int grid = doors.getFirst().grid();
            int slot = slotsTaken.merge(grid, 1, Integer::sum) - 1;
            double x0 = ((grid - 1) % 3) * BLOCK_W + 10 + (slot % 2) * 100;
            double y = ((grid - 1) / 3) * BLOCK_H + 25 + ((slot / 2) % 2) * 55;
            x0 += (slot / 4) * 5; // a fifth building of a grid (none in the demo) would not sit on the first
            GeoPoint centre = at(x0 + doors.size() * DOOR_SPACING / 2, y);
            buildings.add(new Object[] {centre.latE6(), centre.longE6(), building});
            for (Row door : doors) {
                GeoPoint p = at(x0 + (door.unit() - 0.5) * DOOR_SPACING, y);
                stairwells.add(new Object[] {p.latE6(), p.longE6(), door.stairwell()});
            }
        });
        batch("update building set lat_e6 = ?, long_e6 = ? where id = ?", buildings);
        batch("update stairwell set lat_e6 = ?, long_e6 = ? where id = ?", stairwells);
    }

    private void batch(String sql, List<Object[]> rows) {
        template.batchUpdate(sql, rows);
    }

    /** The point x metres east and y metres north of the layout's south-west corner. */
    static GeoPoint at(double x, double y) {
        return ORIGIN.offsetMetres(y, x);
    }
}
