package org.gongzhi.community;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.jdbc.Rows;

/** The register's own figures for the dashboard: who lives where, by generation, in one grouped query. */
@Service
public class RegisterFigures {

    private final JdbcClient jdbc;

    RegisterFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stairwell with its grid and branch, and the residents and households living there of one generation, or of
     * all when the cohort is null (a household with members of two generations counts once there).
     */
    public record People(long stairwellId, String stairwellCode, long gridId, int gridNumber, String gridName,
            long branchId, int branchNumber, Cohort cohort, long residents, long households) {
    }

    /**
     * Every stairwell of the community with the residents living there on the day: one row over all generations
     * (where nobody lives, with no one counted) and one per generation living there.
     */
    public List<People> people(long communityId, LocalDate on) {
        Map<String, Object> params = new HashMap<>(Cohort.BANDS.params(on));
        params.put("community", communityId);
        return jdbc.sql("""
                with x as (select u.stairwell_id, r.household_id, %s as cohort
                    from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                    where r.community_id = :community and h.community_id = :community and u.community_id = :community
                        and r.moved_out is null),
                counted as (select stairwell_id, cohort, count(*) as residents,
                        count(distinct household_id) as households from x group by stairwell_id, cohort
                    union all
                    select stairwell_id, null, count(*), count(distinct household_id) from x group by stairwell_id)
                select s.id as stairwell_id, s.code as stairwell_code, g.id as grid_id, g.number as grid_number,
                    g.name as grid_name, b.id as branch_id, b.number as branch_number, c.cohort,
                    coalesce(c.residents, 0) as residents, coalesce(c.households, 0) as households
                from stairwell s join grid g on g.id = s.grid_id join grid_branch b on b.id = g.grid_branch_id
                left join counted c on c.stairwell_id = s.id
                where s.community_id = :community
                order by g.number, s.code, c.cohort""".formatted(Cohort.BANDS.sql("r.birth_date")))
                .params(params)
                .query(Rows.of(People.class))
                .list();
    }
}
