package org.gongzhi.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.jdbc.Rows;

/**
 * The register as other modules read it: the names and numbers that place a thing (community, building,
 * stairwell, grid and its Party branch), where a resident lives, and the counts. A module that reads these here
 * needs none of the register's tables; nothing it answers carries a phone or ID number. Every answer is in a fixed
 * number of statements, whatever the number of rows.
 */
@Service
public class RegisterQueries {

    private static final String STAIRWELL = """
            select s.id, s.code, s.building_id, b.number as building_number, s.unit_number, b.zone_id,
                s.grid_id, g.number as grid_number, g.grid_branch_id
            from stairwell s join building b on b.id = s.building_id join grid g on g.id = s.grid_id
            """;
    private static final String HOME = """
            select r.id as resident_id, r.name, r.household_id, h.unit_id, u.room, s.id as stairwell_id,
                s.code as stairwell_code, b.number as building_number, s.unit_number, s.grid_id,
                g.number as grid_number, g.grid_branch_id
            from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
            join stairwell s on s.id = u.stairwell_id join building b on b.id = s.building_id
            join grid g on g.id = s.grid_id
            """;

    private final JdbcClient jdbc;
    private final Organisation organisation;

    RegisterQueries(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** A community by its id. */
    public Optional<Community> community(long communityId) {
        return jdbc.sql("select id, code, name, subdistrict from community where id = ?").param(communityId)
                .query(Rows.of(Community.class)).optional();
    }

    /** A community by its code ({@code AOYUAN}). */
    public Optional<Community> community(String code) {
        return jdbc.sql("select id, code, name, subdistrict from community where code = ?").param(code)
                .query(Rows.of(Community.class)).optional();
    }

    /** The communities of a subdistrict (街道), by name, in the order they were registered. */
    public List<Community> communitiesOf(String subdistrict) {
        return jdbc.sql("select id, code, name, subdistrict from community where subdistrict = ? order by id")
                .param(subdistrict).query(Rows.of(Community.class)).list();
    }

    /** The first community registered, while the installation serves one. */
    public Optional<Long> firstCommunityId() {
        return jdbc.sql("select min(id) from community").query(Long.class).optional();
    }

    /** Every building with its zone, in number order. */
    public List<Building> buildings(long communityId) {
        return jdbc.sql("""
                select b.id, b.number, b.zone_id, z.code as zone_code, z.name as zone_name
                from building b join zone z on z.id = b.zone_id where b.community_id = ? order by b.number""")
                .param(communityId).query(Rows.of(Building.class)).list();
    }

    /** A building by its number ({@code 12} for 12号楼). */
    public Optional<Building> building(long communityId, int number) {
        return jdbc.sql("""
                select b.id, b.number, b.zone_id, z.code as zone_code, z.name as zone_name
                from building b join zone z on z.id = b.zone_id where b.community_id = ? and b.number = ?""")
                .params(communityId, number).query(Rows.of(Building.class)).optional();
    }

    /** Every grid with the Party branch that looks after it, in number order. */
    public List<Grid> grids(long communityId) {
        return jdbc.sql("""
                select g.id, g.number, g.name, g.grid_branch_id as branch_id, gb.number as branch_number,
                    gb.name as branch_name
                from grid g join grid_branch gb on gb.id = g.grid_branch_id where g.community_id = ?
                order by g.number""")
                .param(communityId).query(Rows.of(Grid.class)).list();
    }

    /** The grids one Party branch looks after, in number order. */
    public List<Grid> gridsOfBranch(long communityId, long branchId) {
        return grids(communityId).stream().filter(g -> g.branchId() == branchId).toList();
    }

    /** The ids of the grids these Party branches look after. */
    public Set<Long> gridIdsOfBranches(Collection<Long> branchIds) {
        if (branchIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from grid where grid_branch_id in (:branches)")
                .param("branches", branchIds).query(Long.class).list());
    }

    /** Each grid party branch's name (第一网格党支部) by its number. */
    public Map<Integer, String> branchNames(long communityId) {
        return organisation.branchNames(communityId);
    }

    /** Every stairwell, in building and unit order. */
    public List<Stairwell> stairwells(long communityId) {
        return jdbc.sql(STAIRWELL + "where s.community_id = ? order by b.number, s.unit_number")
                .param(communityId).query(RegisterQueries::stairwell).list();
    }

    /** A stairwell by its code, whatever the case it is written in. */
    public Optional<Stairwell> stairwell(long communityId, String code) {
        return jdbc.sql(STAIRWELL + "where s.community_id = ? and s.code = ?")
                .params(communityId, code.toUpperCase()).query(RegisterQueries::stairwell).optional();
    }

    /** Where a resident now lives; empty for someone unknown or moved out. */
    public Optional<Home> home(long residentId) {
        return jdbc.sql(HOME + "where r.id = ? and r.moved_out is null").param(residentId)
                .query(RegisterQueries::home).optional();
    }

    /** Everyone who now lives in the given grids, in building, unit and room order. */
    public List<Home> homesIn(long communityId, Collection<Long> gridIds) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HOME + """
                where r.community_id = :community and r.moved_out is null and s.grid_id in (:grids)
                order by b.number, s.unit_number, u.room, r.id""")
                .param("community", communityId).param("grids", gridIds).query(RegisterQueries::home).list();
    }

    /** How much the register holds: what stands and who lives there now. */
    public Counts counts(long communityId) {
        return jdbc.sql("""
                select
                  (select count(*) from building where community_id = :c) as buildings,
                  (select count(*) from stairwell where community_id = :c) as stairwells,
                  (select count(*) from unit where community_id = :c) as units,
                  (select count(*) from household where community_id = :c and dissolved_on is null) as households,
                  (select count(*) from resident where community_id = :c and moved_out is null) as residents,
                  (select count(*) from grid where community_id = :c) as grids""")
                .param("c", communityId).query(Rows.of(Counts.class)).single();
    }

    private static Stairwell stairwell(ResultSet rs, int n) throws SQLException {
        return new Stairwell(rs.getLong("id"), rs.getString("code"), rs.getLong("building_id"),
                rs.getInt("building_number"), rs.getInt("unit_number"), rs.getLong("zone_id"), rs.getLong("grid_id"),
                rs.getInt("grid_number"), rs.getLong("grid_branch_id"));
    }

    private static Home home(ResultSet rs, int n) throws SQLException {
        return new Home(rs.getLong("resident_id"), rs.getString("name"), rs.getLong("household_id"),
                rs.getLong("unit_id"), rs.getString("room"), rs.getLong("stairwell_id"),
                rs.getString("stairwell_code"), rs.getInt("building_number"), rs.getInt("unit_number"),
                rs.getLong("grid_id"), rs.getInt("grid_number"), rs.getLong("grid_branch_id"));
    }

    /** A community: its code, name and the subdistrict it belongs to. */
    public record Community(long id, String code, String name, String subdistrict) {
    }

    /** A building and the zone it stands in. */
    public record Building(long id, int number, long zoneId, String zoneCode, String zoneName) {
    }

    /** A grid and the Party branch that looks after it. */
    public record Grid(long id, int number, String name, long branchId, int branchNumber, String branchName) {
    }

    /** A stairwell (one unit of a building) and where it lies. */
    public record Stairwell(long id, String code, long buildingId, int buildingNumber, int unitNumber, long zoneId,
            long gridId, int gridNumber, long branchId) {
    }

    /** Where a resident lives: household, unit and stairwell, building and grid. */
    public record Home(long residentId, String name, long householdId, long unitId, String room, long stairwellId,
            String stairwellCode, int buildingNumber, int unitNumber, long gridId, int gridNumber, long branchId) {
    }

    /** The register's size: what stands and who lives there now. */
    public record Counts(long buildings, long stairwells, long units, long households, long residents, long grids) {
    }
}
