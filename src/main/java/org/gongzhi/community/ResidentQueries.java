package org.gongzhi.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.community.ResidentPermissions.GridVisibility;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.pii.Masking;
import org.gongzhi.shared.web.PageResult;

/** Finding residents, always within what the caller may see and always masked. */
@Service
public class ResidentQueries {

    private static final String SELECT = """
            select r.id, r.name, r.gender, r.birth_date, r.phone, r.id_card_masked, r.relation, r.residence_type,
                r.party_member, r.moved_in, r.moved_out, b.number as building_number, s.unit_number, u.room,
                s.code as stairwell_code, g.id as grid_id, g.number as grid_number, r.household_id
            """;
    private static final String FROM = """
            from resident r
            join household h on h.id = r.household_id
            join unit u on u.id = h.unit_id
            join stairwell s on s.id = u.stairwell_id
            join building b on b.id = s.building_id
            join grid g on g.id = s.grid_id
            where r.community_id = ?""";

    private final JdbcClient jdbc;

    ResidentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<ResidentRow> search(long communityId, GridVisibility visibility, ResidentSearch search) {
        if (visibility.none()) {
            return new PageResult<>(List.of(), search.page(), search.size(), 0);
        }
        StringBuilder where = new StringBuilder(FROM);
        List<Object> params = new ArrayList<>();
        params.add(communityId);
        params.addAll(search.where(where));
        params.addAll(visible(visibility, where));
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(search.size());
        pageParams.add((long) search.page() * search.size());
        List<ResidentRow> rows = jdbc.sql(SELECT + where + " order by b.number, s.unit_number, u.room, r.id limit ? offset ?")
                .params(pageParams).query(ResidentQueries::row).list();
        return new PageResult<>(rows, search.page(), search.size(), total);
    }

    public Optional<ResidentRow> find(long communityId, GridVisibility visibility, long residentId) {
        StringBuilder where = new StringBuilder(FROM).append(" and r.id = ?");
        List<Object> params = new ArrayList<>(List.of(communityId, residentId));
        params.addAll(visible(visibility, where));
        return jdbc.sql(SELECT + where).params(params).query(ResidentQueries::row).optional();
    }

    public ResidentRow get(long communityId, GridVisibility visibility, long residentId) {
        return find(communityId, visibility, residentId).orElseThrow(() -> new NotFound("resident " + residentId));
    }

    /** Everyone who lives or lived in the household, householder first. */
    public List<ResidentRow> household(long communityId, long householdId) {
        return jdbc.sql(SELECT + FROM + " and r.household_id = ? order by r.moved_out nulls first, "
                + "case r.relation when 'HOUSEHOLDER' then 0 when 'SPOUSE' then 1 else 2 end, r.birth_date")
                .params(communityId, householdId).query(ResidentQueries::row).list();
    }

    /** The unit a household lives in, with its area and current owners. */
    public UnitOwnership unitOf(long communityId, long householdId) {
        List<UnitOwnership.Owner> owners = jdbc.sql("""
                select o.owner_name, o.resident_id, r.household_id from unit_owner o
                join household h on h.unit_id = o.unit_id
                left join resident r on r.id = o.resident_id and r.moved_out is null
                where h.id = ? and o.community_id = ? and o.owned_until is null order by o.id""")
                .params(householdId, communityId)
                .query((rs, n) -> new UnitOwnership.Owner(rs.getString("owner_name"),
                        rs.getObject("household_id") != null && rs.getLong("household_id") == householdId))
                .list();
        return jdbc.sql("""
                select u.room, u.register_area, u.survey_area, u.contract_area, u.developer_held
                from unit u join household h on h.unit_id = u.id where h.id = ? and u.community_id = ?""")
                .params(householdId, communityId)
                .query((rs, n) -> new UnitOwnership(rs.getString("room"), (Long) rs.getObject("register_area", Long.class),
                        (Long) rs.getObject("survey_area", Long.class), (Long) rs.getObject("contract_area", Long.class),
                        rs.getBoolean("developer_held"), owners))
                .single();
    }

    public int version(long residentId) {
        return jdbc.sql("select version from resident where id = ?").param(residentId).query(Integer.class).single();
    }

    private static List<Object> visible(GridVisibility visibility, StringBuilder where) {
        if (visibility.all()) {
            return List.of();
        }
        where.append(" and s.grid_id in (")
                .append(visibility.gridIds().stream().map(id -> "?").collect(Collectors.joining(",")))
                .append(")");
        return new ArrayList<>(visibility.gridIds());
    }

    static ResidentRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResidentRow(rs.getLong("id"), rs.getString("name"), Gender.valueOf(rs.getString("gender")),
                rs.getObject("birth_date", java.time.LocalDate.class), Masking.phone(rs.getString("phone")),
                rs.getString("id_card_masked"), Relation.valueOf(rs.getString("relation")),
                ResidenceType.valueOf(rs.getString("residence_type")), rs.getBoolean("party_member"),
                rs.getObject("moved_in", java.time.LocalDate.class), rs.getObject("moved_out", java.time.LocalDate.class),
                rs.getInt("building_number"), rs.getInt("unit_number"), rs.getString("room"),
                rs.getString("stairwell_code"), rs.getLong("grid_id"), rs.getInt("grid_number"),
                rs.getLong("household_id"));
    }
}
