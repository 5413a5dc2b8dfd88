package org.gongzhi.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts the register for the community overview. */
@Service
public class OverviewQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    OverviewQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CommunityOverview of(long communityId) {
        LocalDate today = LocalDate.now(clock);
        Map<Cohort, Long> cohorts = new EnumMap<>(Cohort.class);
        // born after these days, a person is still under 18, 36 and 60
        jdbc.sql("""
                select sum(case when birth_date > :under18 then 1 else 0 end) as child,
                       sum(case when birth_date <= :under18 and birth_date > :under36 then 1 else 0 end) as youth,
                       sum(case when birth_date <= :under36 and birth_date > :under60 then 1 else 0 end)
                           as middle_aged,
                       sum(case when birth_date <= :under60 then 1 else 0 end) as elderly
                from resident where community_id = :community and moved_out is null""")
                .param("under18", today.minusYears(18)).param("under36", today.minusYears(36))
                .param("under60", today.minusYears(60)).param("community", communityId)
                .query((rs, n) -> {
                    for (Cohort cohort : Cohort.values()) {
                        cohorts.put(cohort, rs.getLong(cohort.name().toLowerCase(Locale.ROOT)));
                    }
                    return cohorts;
                })
                .single();
        return jdbc.sql("""
                select c.name, c.subdistrict,
                  (select count(*) from household where community_id = c.id and dissolved_on is null) as households,
                  (select count(*) from resident where community_id = c.id and moved_out is null) as residents,
                  (select count(*) from stairwell where community_id = c.id) as stairwells,
                  (select count(*) from grid where community_id = c.id) as grids,
                  (select count(*) from grid_branch where community_id = c.id) as grid_branches,
                  (select count(*) from party_group where community_id = c.id) as party_groups,
                  (select count(*) from building where community_id = c.id) as buildings,
                  (select count(*) from unit where community_id = c.id) as units,
                  (select count(*) from resident where community_id = c.id and moved_out is null
                      and party_member) as party_members,
                  (select count(distinct resident_id) from party_volunteer where community_id = c.id) as volunteers
                from community c where c.id = ?""")
                .param(communityId)
                .query((rs, n) -> new CommunityOverview(rs.getString("name"), rs.getString("subdistrict"),
                        rs.getLong("households"), rs.getLong("residents"), rs.getLong("stairwells"),
                        rs.getLong("grids"), rs.getLong("grid_branches"), rs.getLong("party_groups"),
                        rs.getLong("buildings"), rs.getLong("units"), rs.getLong("party_members"),
                        rs.getLong("volunteers"), cohorts))
                .single();
    }
}
