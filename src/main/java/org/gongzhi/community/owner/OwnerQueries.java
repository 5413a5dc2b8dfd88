package org.gongzhi.community.owner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.UnitArea;
import org.gongzhi.community.owner.RegisterOwner.Identity;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.web.PageResult;

/**
 * Current owners and units as the register's views define them ({@code register_owner.person_key},
 * {@code register_unit.vacant}), so the list staff complete is the one owners' votes count by; names and ID
 * numbers only masked.
 */
@Service
public class OwnerQueries {

    private static final String OWNERS = """
            from register_owner o
            join unit_owner uo on uo.id = o.id
            left join resident r on r.id = o.resident_id
            join unit u on u.id = o.unit_id
            join stairwell s on s.id = u.stairwell_id
            join building b on b.id = s.building_id
            where o.community_id = ? and o.owned_until is null""";
    private static final String OWNER_COLUMNS = """
            select o.id, b.number as building_number, s.unit_number, u.room, s.code as stairwell_code, o.owner_name,
                coalesce(uo.id_card_masked, r.id_card_masked) as id_card_masked,
                uo.id_card_digest is not null as own_id, o.resident_id, o.person_key, o.owned_from
            """;
    private static final String UNITS = """
            from register_unit u
            join stairwell s on s.id = u.stairwell_id
            join building b on b.id = s.building_id
            where u.community_id = ?""";

    private final JdbcClient jdbc;

    OwnerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Current owners, in address order. Not identified means no person key; the developer's unsold units are left
     * out of those, as a company has no ID number to enter.
     */
    public PageResult<RegisterOwner> owners(long communityId, OwnerFilter filter) {
        StringBuilder where = new StringBuilder(OWNERS);
        List<Object> params = new ArrayList<>(List.of(communityId));
        if (Boolean.FALSE.equals(filter.identified())) {
            where.append(" and o.person_key is null and not u.developer_held");
        } else if (Boolean.TRUE.equals(filter.identified())) {
            where.append(" and o.person_key is not null");
        }
        if (filter.building() != null) {
            where.append(" and b.number = ?");
            params.add(filter.building());
        }
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        params.add(filter.size());
        params.add((long) filter.page() * filter.size());
        List<RegisterOwner> rows = jdbc.sql(OWNER_COLUMNS + where
                        + " order by b.number, s.unit_number, u.room, o.id limit ? offset ?")
                .params(params).query(OwnerQueries::owner).list();
        return new PageResult<>(rows, filter.page(), filter.size(), total);
    }

    /** A current owner of the community. */
    public Optional<RegisterOwner> owner(long communityId, long ownerId) {
        return jdbc.sql(OWNER_COLUMNS + OWNERS + " and o.id = ?").params(communityId, ownerId)
                .query(OwnerQueries::owner).optional();
    }

    /** The community's units, or only those with (or without) a household, in address order. */
    public PageResult<RegisterUnit> units(long communityId, Boolean vacant, int page, int size) {
        StringBuilder where = new StringBuilder(UNITS);
        List<Object> params = new ArrayList<>(List.of(communityId));
        if (vacant != null) {
            where.append(vacant ? " and u.vacant" : " and not u.vacant");
        }
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        params.add(size);
        params.add((long) page * size);
        List<RegisterUnit> rows = jdbc.sql("""
                        select u.id, b.number as building_number, s.unit_number, u.room, s.code as stairwell_code,
                            u.register_area, u.survey_area, u.contract_area, u.developer_held, u.vacant
                        """ + where + " order by b.number, s.unit_number, u.room limit ? offset ?")
                .params(params).query(OwnerQueries::unit).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** How many units no household lives in: the developer's, and those standing empty. */
    public VacantCounts vacantCounts(long communityId) {
        return jdbc.sql("""
                select coalesce(sum(case when u.developer_held then 1 else 0 end), 0) as developer_held,
                    coalesce(sum(case when u.developer_held then 0 else 1 end), 0) as empty
                from register_unit u where u.community_id = ? and u.vacant""")
                .param(communityId)
                .query((rs, n) -> new VacantCounts(rs.getLong("developer_held"), rs.getLong("empty")))
                .single();
    }

    /** Units without a household: held by the developer, or standing empty. */
    public record VacantCounts(long developerHeld, long empty) {
    }

    /** Which owners: identified or not (null: all), in one building or all, and the page. */
    public record OwnerFilter(Boolean identified, Integer building, int page, int size) {
    }

    private static RegisterOwner owner(ResultSet rs, int n) throws SQLException {
        Identity identity = rs.getString("person_key") == null ? Identity.NONE
                : rs.getBoolean("own_id") || rs.getObject("resident_id") == null ? Identity.ID_NUMBER
                : Identity.RESIDENT;
        return new RegisterOwner(rs.getLong("id"), rs.getInt("building_number"), rs.getInt("unit_number"),
                rs.getString("room"), rs.getString("stairwell_code"), Masking.name(rs.getString("owner_name")),
                rs.getString("id_card_masked"), identity, rs.getObject("owned_from", LocalDate.class));
    }

    private static RegisterUnit unit(ResultSet rs, int n) throws SQLException {
        return new RegisterUnit(rs.getLong("id"), rs.getInt("building_number"), rs.getInt("unit_number"),
                rs.getString("room"), rs.getString("stairwell_code"),
                new UnitArea(rs.getObject("register_area", Long.class), rs.getObject("survey_area", Long.class),
                        rs.getObject("contract_area", Long.class)),
                rs.getBoolean("developer_held"), rs.getBoolean("vacant"));
    }
}
