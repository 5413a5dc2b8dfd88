package org.gongzhi.voting.electorate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.voting.electorate.Electorate.Elector;
import org.gongzhi.voting.electorate.Electorate.OwnerRecord;
import org.gongzhi.voting.electorate.Electorate.UnitRecord;

/** The frozen electorate of each vote (vote_elector and its units and members), taken from the register. */
@Repository
public class Electorates {

    private static final int MAX_NAME = 400;
    private static final String IN_SCOPE = """
            (v.scope_kind = 'COMMUNITY'
             or v.scope_kind = 'BUILDINGS' and s.building_id in (select scope_id from vote_scope where vote_id = v.id)
             or v.scope_kind = 'GRIDS' and s.grid_id in (select scope_id from vote_scope where vote_id = v.id))""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Electorates(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Every unit of the community with its current owners, as {@link Electorate} groups them. */
    public List<UnitRecord> units(long communityId) {
        Map<Long, UnitRecord> units = new LinkedHashMap<>();
        jdbc.sql("""
                select u.id, s.building_id, s.grid_id, u.usage, u.register_area, u.survey_area, u.contract_area,
                    u.developer_held, u.vacant, o.resident_id, o.owner_name, o.person_key
                from register_unit u join register_stairwell s on s.id = u.stairwell_id
                left join register_owner o on o.unit_id = u.id and o.owned_until is null
                where u.community_id = ? order by u.id, o.id""")
                .param(communityId).query(rs -> {
                    long id = rs.getLong("id");
                    UnitRecord unit = units.get(id);
                    if (unit == null) {
                        unit = new UnitRecord(id, rs.getLong("building_id"), rs.getLong("grid_id"),
                                rs.getString("usage"), rs.getObject("register_area", Long.class),
                                rs.getObject("survey_area", Long.class), rs.getObject("contract_area", Long.class),
                                rs.getBoolean("developer_held"), rs.getBoolean("vacant"), new ArrayList<>());
                        units.put(id, unit);
                    }
                    String name = rs.getString("owner_name");
                    if (name != null) {
                        unit.owners().add(new OwnerRecord(rs.getObject("resident_id", Long.class), name,
                                rs.getString("person_key")));
                    }
                });
        return List.copyOf(units.values());
    }

    /** Freezes owner-persons as the electorate of the vote. */
    public void addOwners(long communityId, long voteId, List<Elector> electors) {
        List<Object[]> rows = electors.stream().map(e -> new Object[] {communityId, voteId, e.personKey(),
                truncate(e.displayName()), e.area(), e.identified()}).toList();
        batch("insert into vote_elector (community_id, vote_id, person_key, display_name, area, identified) "
                + "values (?,?,?,?,?,?)", rows);
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql("select person_key, id from vote_elector where vote_id = ? and community_id = ?")
                .params(voteId, communityId)
                .query(rs -> {
                    ids.put(rs.getString("person_key"), rs.getLong("id"));
                });
        List<Object[]> units = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (Elector e : electors) {
            long id = ids.get(e.personKey());
            e.units().forEach(u -> units.add(new Object[] {communityId, voteId, id, u.unitId(), u.votingArea(),
                    u.areaSource().name(), u.registerArea(), u.surveyArea(), u.contractArea(), u.developerHeld(),
                    u.vacant()}));
            e.residentIds().forEach(resident -> members.add(new Object[] {communityId, voteId, id, resident}));
        }
        batch("insert into vote_elector_unit (community_id, vote_id, elector_id, unit_id, area, area_source, "
                + "register_area, survey_area, contract_area, developer_held, vacant) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", units);
        batch("insert into vote_elector_member (community_id, vote_id, elector_id, resident_id) values (?, ?, ?, ?)",
                members);
    }

    /** Freezes the adult residents (born on or before {@code adultBorn}) of the scope, one elector each. */
    public void addAdults(long voteId, LocalDate adultBorn) {
        jdbc.sql("""
                insert into vote_elector (community_id, vote_id, person_key, display_name, area, resident_id,
                    household_id)
                select r.community_id, v.id, concat('R:', r.id), r.name, 0, r.id, h.id
                from vote v join register_resident r on r.community_id = v.community_id
                join register_household h on h.id = r.household_id join register_stairwell s on s.id = r.stairwell_id
                where v.id = :vote and r.moved_out is null and h.dissolved_on is null and r.birth_date <= :born
                  and """ + IN_SCOPE).param("vote", voteId).param("born", adultBorn).update();
        jdbc.sql("insert into vote_elector_member (community_id, vote_id, elector_id, resident_id) "
                + "select community_id, vote_id, id, resident_id from vote_elector where vote_id = ?").param(voteId)
                .update();
        addHouseholdUnits(voteId);
    }

    /** Freezes the households of the scope that have an adult, one elector each, cast by any of their adults. */
    public void addHouseholds(long voteId, LocalDate adultBorn) {
        jdbc.sql("""
                insert into vote_elector (community_id, vote_id, person_key, display_name, area, household_id)
                select h.community_id, v.id, concat('H:', h.id),
                    concat(s.building_number, '-', s.unit_number, '-', u.room), 0, h.id
                from vote v join register_household h on h.community_id = v.community_id
                join register_unit u on u.id = h.unit_id join register_stairwell s on s.id = u.stairwell_id
                where v.id = :vote and h.dissolved_on is null and """ + IN_SCOPE + """
                  and exists (select 1 from register_resident r where r.household_id = h.id and r.moved_out is null
                              and r.birth_date <= :born)""").param("vote", voteId).param("born", adultBorn).update();
        jdbc.sql("""
                insert into vote_elector_member (community_id, vote_id, elector_id, resident_id)
                select e.community_id, e.vote_id, e.id, r.id from vote_elector e
                join register_resident r on r.household_id = e.household_id
                where e.vote_id = ? and r.moved_out is null and r.birth_date <= ?""")
                .params(voteId, adultBorn).update();
        addHouseholdUnits(voteId);
    }

    private void addHouseholdUnits(long voteId) {
        jdbc.sql("""
                insert into vote_elector_unit (community_id, vote_id, elector_id, unit_id, area)
                select e.community_id, e.vote_id, e.id, h.unit_id, 0 from vote_elector e
                join register_household h on h.id = e.household_id
                where e.vote_id = ?""").param(voteId).update();
    }

    /** The elector the resident may vote for, if any. */
    public Optional<ElectorRef> forResident(long communityId, long voteId, long residentId) {
        return jdbc.sql("""
                select e.id, e.display_name, e.area from vote_elector_member m join vote_elector e on e.id = m.elector_id
                where m.vote_id = ? and m.community_id = ? and m.resident_id = ?""")
                .params(voteId, communityId, residentId).query(Rows.of(ElectorRef.class)).optional();
    }

    public Optional<ElectorRef> get(long communityId, long voteId, long electorId) {
        return jdbc.sql("select id, display_name, area from vote_elector where vote_id = ? and community_id = ? and id = ?")
                .params(voteId, communityId, electorId).query(Rows.of(ElectorRef.class)).optional();
    }

    /** The electors behind one address such as 12-2-301 (building, stairwell, room). */
    public List<ElectorRef> at(long communityId, long voteId, int building, int stairwell, String room) {
        return jdbc.sql("""
                select distinct e.id, e.display_name, e.area from vote_elector_unit eu
                join vote_elector e on e.id = eu.elector_id join register_unit u on u.id = eu.unit_id
                join register_stairwell s on s.id = u.stairwell_id
                where eu.vote_id = ? and eu.community_id = ? and s.building_number = ? and s.unit_number = ? and u.room = ?
                order by e.id""")
                .params(voteId, communityId, building, stairwell, room).query(Rows.of(ElectorRef.class)).list();
    }

    public long size(long communityId, long voteId) {
        return jdbc.sql("select count(*) from vote_elector where vote_id = ? and community_id = ?")
                .params(voteId, communityId).query(Long.class).single();
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows);
        }
    }

    private static String truncate(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    /** One elector as staff and voters see it: its id, the owners' names or the voter, and its area. */
    public record ElectorRef(long id, String displayName, long area) {
    }
}
