package org.gongzhi.voting.electorate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.pii.Masking;
import org.gongzhi.voting.electorate.Electorate.AreaSource;
import org.gongzhi.voting.tally.Figures;

/**
 * The frozen electorate (业主名册) as staff and auditors read it: each voting person with a masked name, the units
 * behind them with the area counted, its source and the register, survey and contract figures, and whether they took
 * part. A page costs three statements whatever its size.
 */
@Repository
public class ElectorateQueries {

    private static final String UNITS = """
            select eu.elector_id, eu.unit_id, s.building_number, s.unit_number, u.room, eu.area, eu.area_source,
                eu.register_area, eu.survey_area, eu.contract_area, eu.developer_held, eu.vacant
            from vote_elector_unit eu join register_unit u on u.id = eu.unit_id
            join register_stairwell s on s.id = u.stairwell_id
            where eu.vote_id = :vote and eu.community_id = :community %s
            order by eu.elector_id, s.building_number, s.unit_number, u.room""";

    private final JdbcClient jdbc;

    ElectorateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One unit behind an entry; areas in hundredths of m², the figures not used may be null. */
    public record UnitEntry(long unitId, String address, int building, long area, AreaSource source,
            Long registerArea, Long surveyArea, Long contractArea, boolean developerHeld, boolean vacant) {
    }

    /**
     * One voting person: the masked names of the owners (or the voter), their units, the area counted (the sum of
     * the units'), whether the register identifies them, whether they are the developer, whether they took part.
     */
    public record ElectorateEntry(long electorId, String name, long area, boolean identified, boolean developer,
            boolean tookPart, List<UnitEntry> units) {
    }

    /**
     * A page (from 0) of the electorate: its entries, how many entries match in all, and the whole electorate's
     * persons and area.
     */
    public record ElectoratePage(List<ElectorateEntry> entries, int page, int size, long total, Figures electorate) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }
    }

    /** The entries with a unit in {@code building} (all when null), in elector order, a page at a time (from 0). */
    public ElectoratePage page(long communityId, long voteId, Integer building, int page, int size) {
        String where = building == null ? "" : """
                and e.id in (select eu.elector_id from vote_elector_unit eu join register_unit u on u.id = eu.unit_id
                     join register_stairwell s on s.id = u.stairwell_id
                     where eu.vote_id = :vote and eu.community_id = :community and s.building_number = :building)""";
        var count = jdbc.sql("select count(*) from vote_elector e where e.vote_id = :vote and e.community_id = :community\n" + where)
                .param("vote", voteId).param("community", communityId);
        var rows = jdbc.sql(ENTRIES + where + " order by e.id limit :size offset :offset").param("vote", voteId).param("community", communityId)
                .param("size", size).param("offset", (long) page * size);
        if (building != null) {
            count = count.param("building", building);
            rows = rows.param("building", building);
        }
        long matching = count.query(Long.class).single();
        return new ElectoratePage(withUnits(communityId, voteId, rows.query(this::entry).list()), page, size, matching,
                total(communityId, voteId));
    }

    /** The entries the resident may vote for: an owner's own entry. */
    public List<ElectorateEntry> ofResident(long communityId, long voteId, long residentId) {
        return withUnits(communityId, voteId, jdbc.sql(ENTRIES + """
                and e.id in (select m.elector_id from vote_elector_member m where m.vote_id = :vote and m.community_id = :community
                     and m.resident_id = :resident) order by e.id""")
                .param("vote", voteId).param("community", communityId).param("resident", residentId).query(this::entry).list());
    }

    /** Every entry, for the export and the recount bundle. */
    public List<ElectorateEntry> all(long communityId, long voteId) {
        return withUnits(communityId, voteId, jdbc.sql(ENTRIES + " order by e.id").param("vote", voteId).param("community", communityId).query(this::entry).list(),
                true);
    }

    /** The whole electorate as frozen: persons, and the area of the electors (each the sum of its units). */
    public Figures total(long communityId, long voteId) {
        return jdbc.sql("select count(*) as persons, coalesce(sum(area), 0) as area from vote_elector where vote_id = ? and community_id = ?")
                .params(voteId, communityId).query((rs, row) -> new Figures(rs.getLong("persons"), rs.getLong("area"))).single();
    }

    /** The numbers of the buildings the frozen electorate lives or owns in, ascending. */
    public List<Integer> buildings(long communityId, long voteId) {
        return jdbc.sql("""
                select distinct s.building_number from vote_elector_unit eu join register_unit u on u.id = eu.unit_id
                join register_stairwell s on s.id = u.stairwell_id where eu.vote_id = ? and eu.community_id = ?
                order by s.building_number""")
                .params(voteId, communityId).query(Integer.class).list();
    }

    /** One elector's area as frozen, and the sum of its units' areas: a recount counts the latter. */
    public record ElectorArea(long electorId, long frozen, long ofUnits) {
    }

    /** Every elector's area both ways, in one statement. */
    public List<ElectorArea> areas(long communityId, long voteId) {
        return jdbc.sql("""
                select e.id, e.area, coalesce(sum(eu.area), 0) as units_area from vote_elector e
                left join vote_elector_unit eu on eu.elector_id = e.id and eu.vote_id = e.vote_id
                where e.vote_id = ? and e.community_id = ? group by e.id, e.area order by e.id""")
                .params(voteId, communityId)
                .query((rs, row) -> new ElectorArea(rs.getLong("id"), rs.getLong("area"), rs.getLong("units_area")))
                .list();
    }

    private static final String ENTRIES = """
            select e.id, e.display_name, e.area, e.identified, e.person_key,
                exists (select 1 from current_ballot cb where cb.vote_id = e.vote_id and cb.elector_id = e.id) as took_part
            from vote_elector e where e.vote_id = :vote and e.community_id = :community
            """;

    private ElectorateEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        boolean developer = Electorate.DEVELOPER.equals(rs.getString("person_key"));
        return new ElectorateEntry(rs.getLong("id"), developer ? null : Masking.name(rs.getString("display_name")),
                rs.getLong("area"), rs.getBoolean("identified"), developer, rs.getBoolean("took_part"),
                new ArrayList<>());
    }

    private List<ElectorateEntry> withUnits(long communityId, long voteId, List<ElectorateEntry> entries) {
        return withUnits(communityId, voteId, entries, false);
    }

    /** Adds the units to the entries: those of the entries named, or (every) all of the vote's at once. */
    private List<ElectorateEntry> withUnits(long communityId, long voteId, List<ElectorateEntry> entries, boolean every) {
        if (entries.isEmpty()) {
            return entries;
        }
        Map<Long, ElectorateEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.electorId(), e));
        var units = jdbc.sql(UNITS.formatted(every ? "" : "and eu.elector_id in (:ids)")).param("vote", voteId).param("community", communityId);
        if (!every) {
            units = units.param("ids", byId.keySet());
        }
        units.query(rs -> {
            String source = rs.getString("area_source");
            byId.get(rs.getLong("elector_id")).units().add(new UnitEntry(rs.getLong("unit_id"),
                    rs.getInt("building_number") + "-" + rs.getInt("unit_number") + "-" + rs.getString("room"),
                    rs.getInt("building_number"), rs.getLong("area"),
                    source == null ? null : AreaSource.valueOf(source), rs.getObject("register_area", Long.class),
                    rs.getObject("survey_area", Long.class), rs.getObject("contract_area", Long.class),
                    rs.getBoolean("developer_held"), rs.getBoolean("vacant")));
        });
        return entries.stream().map(e -> new ElectorateEntry(e.electorId(), e.name(), e.area(), e.identified(),
                e.developer(), e.tookPart(), List.copyOf(e.units()))).toList();
    }
}
