package org.gongzhi.cases;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.cases.CasePlace.Kind;
import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;

/** Finds the stairwell, building or landmark a report names, and the grid that looks after it. */
@Component
public class CasePlaces {

    private final JdbcClient jdbc;

    CasePlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** A place found in the register. */
    public record Located(CasePlace place, Long stairwellId, Long buildingId, long gridId) {
    }
}
