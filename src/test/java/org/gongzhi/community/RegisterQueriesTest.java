package org.gongzhi.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.community.RegisterQueries.Grid;
import org.gongzhi.community.RegisterQueries.Home;
import org.gongzhi.community.RegisterQueries.Stairwell;

/** Other modules place and count things through the register's API, and it answers what its tables hold. */
class RegisterQueriesTest extends IntegrationTest {

    @Autowired
    RegisterQueries register;

    @Autowired
    OverviewQueries overview;

    @Autowired
    Stairwells stairwells;

    private long aoyuan() {
        return register.community("AOYUAN").orElseThrow().id();
    }

    @Test
    void a_community_is_found_by_code_and_by_id_and_the_first_is_the_demo() {
        long id = aoyuan();
        assertThat(register.community(id)).get().extracting(RegisterQueries.Community::name)
                .isEqualTo(overview.of(id).name());
        assertThat(register.firstCommunityId()).contains(id);
        assertThat(register.community("NOWHERE")).isEmpty();
    }

    @Test
    void the_counts_agree_with_the_overview() {
        long id = aoyuan();
        CommunityOverview expected = overview.of(id);
        RegisterQueries.Counts counts = register.counts(id);
        assertThat(counts.buildings()).isEqualTo(expected.buildings());
        assertThat(counts.stairwells()).isEqualTo(expected.stairwells());
        assertThat(counts.households()).isEqualTo(expected.households());
        assertThat(counts.residents()).isEqualTo(expected.residents());
        assertThat(counts.grids()).isEqualTo(expected.grids());
        assertThat(register.buildings(id)).hasSize((int) counts.buildings());
        assertThat(register.stairwells(id)).hasSize((int) counts.stairwells());
    }

    @Test
    void grids_name_their_branch_as_the_register_does() {
        long id = aoyuan();
        List<Grid> grids = register.grids(id);
        assertThat(grids).isNotEmpty();
        for (Grid grid : grids) {
            assertThat(register.branchNames(id).get(grid.branchNumber())).isEqualTo(grid.branchName());
            assertThat(register.gridsOfBranch(id, grid.branchId())).contains(grid);
        }
    }

    @Test
    void a_building_and_a_stairwell_are_found_by_what_people_call_them() {
        long id = aoyuan();
        Stairwell first = register.stairwells(id).getFirst();
        assertThat(register.stairwell(id, first.code().toLowerCase())).contains(first);
        assertThat(register.building(id, first.buildingNumber())).get()
                .extracting(RegisterQueries.Building::id).isEqualTo(first.buildingId());
        assertThat(register.stairwell(id, "NO-SUCH")).isEmpty();
        assertThat(register.building(id, 9_999)).isEmpty();
    }

    @Test
    void a_resident_is_placed_in_their_home_and_listed_with_their_grid_in_one_statement() {
        long id = aoyuan();
        long residentId = jdbc.sql("select resident_id from account where username = 'resident'").query(Long.class)
                .single();
        Home home = register.home(residentId).orElseThrow();
        assertThat(stairwells.codeWhereLives(residentId)).contains(home.stairwellCode());
        long statements = StatementCounter.during(() -> assertThat(register.homesIn(id, Set.of(home.gridId())))
                .contains(home).allMatch(h -> h.gridId() == home.gridId()));
        assertThat(statements).isEqualTo(1);
        assertThat(register.homesIn(id, Set.of())).isEmpty();
        assertThat(register.home(-1)).isEmpty();
    }
}
