package org.gongzhi.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.StairwellCard.Contact;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.PageResult;

/** Stairwells, their public cards and the Party organisation behind each. */
@Service
public class Stairwells {

    private final JdbcClient jdbc;

    Stairwells(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StairwellCard card(String code, Optional<Actor> viewer) {
        Place place = jdbc.sql("""
                select s.id, s.code, s.community_id, b.number as building_number, s.unit_number, z.name as zone_name,
                    g.number as grid_number, g.name as grid_name, gb.number as branch_number, gb.name as branch_name,
                    gb.secretary_resident_id, pg.name as party_group_name, pg.leader_resident_id,
                    b.lat_e6 as buildingLatE6, b.long_e6 as buildingLongE6,
                    (select count(*) from household h join unit u on u.id = h.unit_id
                        where u.stairwell_id = s.id and h.dissolved_on is null) as households
                from stairwell s
                join building b on b.id = s.building_id
                join zone z on z.id = b.zone_id
                join grid g on g.id = s.grid_id
                join grid_branch gb on gb.id = g.grid_branch_id
                left join party_group pg on pg.id = s.party_group_id
                where s.code = ?""")
                .param(code.toUpperCase()).query(Rows.of(Place.class)).optional()
                .orElseThrow(() -> new NotFound("stairwell " + code));
        boolean neighbour = viewer.map(Actor::residentId).map(id -> livesIn(id, place.id())).orElse(false);
        List<Contact> volunteers = jdbc.sql("""
                select r.name, r.phone from party_volunteer v join resident r on r.id = v.resident_id
                where v.stairwell_id = ? and r.moved_out is null and r.id <> ? and r.id <> ? order by r.name""")
                .params(place.id(), orNone(place.secretaryResidentId()), orNone(place.leaderResidentId())).query((rs, n) -> contact(rs, neighbour)).list();
        return new StairwellCard(place.code(), place.buildingNumber(), place.unitNumber(), place.zoneName(),
                place.gridNumber(), place.gridName(), place.branchNumber(), place.branchName(),
                person(place.secretaryResidentId(), neighbour), place.partyGroupName(),
                person(place.leaderResidentId(), neighbour), volunteers, place.households(), neighbour,
                degrees(place.buildingLatE6()), degrees(place.buildingLongE6()));
    }

    public PageResult<StairwellSummary> list(long communityId, Integer grid, int page, int size) {
        String where = " from stairwell s join building b on b.id = s.building_id join zone z on z.id = b.zone_id"
                + " join grid g on g.id = s.grid_id where s.community_id = ?" + (grid == null ? "" : " and g.number = ?");
        List<Object> params = new ArrayList<>(List.of(communityId));
        if (grid != null) {
            params.add(grid);
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.add(size);
        params.add((long) page * size);
        List<StairwellSummary> items = jdbc.sql("""
                select s.code, b.number as building_number, s.unit_number, g.number as grid_number,
                    z.name as zone_name,
                    (select count(*) from household h join unit u on u.id = h.unit_id
                        where u.stairwell_id = s.id and h.dissolved_on is null) as households
                """ + where + " order by b.number, s.unit_number limit ? offset ?")
                .params(params)
                .query(Rows.of(StairwellSummary.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every stairwell's code and place, in building order, for the QR sheet. */
    public List<StairwellSummary> all(long communityId) {
        return list(communityId, null, 0, 10_000).items();
    }

    /** The code of the stairwell where a resident now lives. */
    public Optional<String> codeWhereLives(long residentId) {
        return jdbc.sql("""
                select s.code from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id join stairwell s on s.id = u.stairwell_id
                where r.id = ? and r.moved_out is null""")
                .param(residentId).query(String.class).optional();
    }

    private boolean livesIn(long residentId, long stairwellId) {
        return jdbc.sql("""
                select count(*) from resident r join household h on h.id = r.household_id
                join unit u on u.id = h.unit_id where r.id = ? and r.moved_out is null and u.stairwell_id = ?""")
                .params(residentId, stairwellId).query(Long.class).single() > 0;
    }

    private static java.math.BigDecimal degrees(Integer microDegrees) {
        return microDegrees == null ? null : java.math.BigDecimal.valueOf(microDegrees, 6);
    }

    private static long orNone(Long id) {
        return id == null ? -1 : id;
    }

    private Contact person(Long residentId, boolean neighbour) {
        if (residentId == null) {
            return null;
        }
        return jdbc.sql("select name, phone from resident where id = ?").param(residentId)
                .query((rs, n) -> contact(rs, neighbour)).optional().orElse(null);
    }

    private static Contact contact(ResultSet rs, boolean neighbour) throws SQLException {
        String phone = rs.getString("phone");
        return new Contact(rs.getString("name"), Masking.phone(phone), neighbour ? phone : null);
    }

    record Place(long id, String code, long communityId, int buildingNumber, int unitNumber, String zoneName,
            int gridNumber, String gridName, int branchNumber, String branchName, Long secretaryResidentId,
            String partyGroupName, Long leaderResidentId, Integer buildingLatE6, Integer buildingLongE6,
            int households) {
    }
}
