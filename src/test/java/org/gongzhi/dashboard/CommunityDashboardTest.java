package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.community.Cohort;
import org.gongzhi.dashboard.CommunityFigures.PlaceShare;
import org.gongzhi.shared.security.Permissions;

/**
 * The dashboard's figures agree with the demo data counted here straight from the tables, each differently from
 * the modules; the number of statements does not depend on the grids shown; bad filters get clear messages.
 */
class CommunityDashboardTest extends IntegrationTest {

    @Autowired
    CommunityDashboard dashboard;

    private long aoyuan() {
        return jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    @Autowired
    UserDetailsService userDetails;

    private CommunityFigures whole(LocalDate from, LocalDate to) {
        UserDetails staff = userDetails.loadUserByUsername("rc.staff");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        try {
            return dashboard.of(Permissions.actor(), from, to, null, null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void every_figure_agrees_with_the_demo_data_counted_directly() {
        LocalDate to = dashboard.today();
        LocalDate from = to.minusYears(5).plusDays(1);
        CommunityFigures f = whole(from, to);
        long community = aoyuan();
        OffsetDateTime starts = from.atStartOfDay(DashboardRange.ZONE).toOffsetDateTime();
        OffsetDateTime ends = to.plusDays(1).atStartOfDay(DashboardRange.ZONE).toOffsetDateTime();

        assertThat(f.total().households()).isEqualTo(count("""
                select count(distinct household_id) from resident where community_id = ? and moved_out is null""",
                community));
        assertThat(f.total().residents()).isEqualTo(count(
                "select count(*) from resident where community_id = ? and moved_out is null", community));
        assertThat(f.byGrid()).hasSize((int) count("select count(*) from grid where community_id = ?", community));
        assertThat(f.byGrid().stream().mapToLong(PlaceShare::households).sum()).isEqualTo(f.total().households());

        assertThat(households(f, ParticipationAction.RAISED)).isEqualTo(count("""
                select count(distinct r.household_id) from proposal p join resident r on r.id = p.author_resident_id
                where p.community_id = ? and p.submitted_at >= ? and p.submitted_at < ?""", community, starts, ends));
        assertThat(households(f, ParticipationAction.SUPPORTED)).isEqualTo(count("""
                select count(distinct r.household_id) from proposal_support s join resident r on r.id = s.resident_id
                where s.community_id = ? and s.supported_at >= ? and s.supported_at < ?""", community, starts, ends));
        assertThat(households(f, ParticipationAction.COMMENTED)).isEqualTo(count("""
                select count(distinct r.household_id) from proposal_comment c
                join resident r on r.id = c.author_resident_id
                where c.community_id = ? and c.created_at >= ? and c.created_at < ?""", community, starts, ends));
        assertThat(households(f, ParticipationAction.ATTENDED)).isEqualTo(count("""
                select count(distinct r.household_id) from activity_registration a join resident r on r.id = a.resident_id
                where a.community_id = ? and a.checked_in_at >= ? and a.checked_in_at < ?""", community, starts, ends));
        assertThat(f.total().taking().get(ParticipationAction.VOLUNTEERED).residents()).isEqualTo(count("""
                select count(distinct s.resident_id) from volunteer_service s
                where s.community_id = ? and s.served_on between ? and ? and s.minutes > 0
                and s.id not in (select c.corrects_id from volunteer_service c where c.corrects_id is not null)""",
                community, from, to));
        assertThat(households(f, ParticipationAction.VOTED)).isEqualTo(count("""
                select count(distinct r.household_id) from current_ballot cb join ballot b on b.id = cb.ballot_id
                join vote_elector e on e.id = cb.elector_id
                join resident r on r.id = coalesce(b.cast_by_resident_id, e.resident_id)
                where b.community_id = ? and b.cast_at >= ? and b.cast_at < ?""", community, starts, ends));
        assertThat(households(f, ParticipationAction.PLEDGED)).isEqualTo(count("""
                select count(distinct r.household_id) from renewal_pledge p join resident r on r.id = p.resident_id
                where p.community_id = ? and p.pledged_at >= ? and p.pledged_at < ?""", community, starts, ends));
        assertThat(households(f, ParticipationAction.RAISED) + households(f, ParticipationAction.SUPPORTED)
                + households(f, ParticipationAction.VOLUNTEERED)).as("the demo data has some participation")
                .isPositive();

        long elderly = f.byCohort().stream().filter(c -> c.cohort() == Cohort.ELDERLY).findFirst().orElseThrow()
                .residents();
        assertThat(elderly).isEqualTo(count("""
                select count(*) from resident where community_id = ? and moved_out is null and birth_date <= ?""",
                community, to.minusYears(60)));
        assertThat(f.byCohort().stream().mapToLong(CommunityFigures.CohortShare::residents).sum())
                .isEqualTo(f.total().residents());

        assertThat(f.proposals().stream().mapToLong(CommunityFigures.ProposalStage::total).sum()).isEqualTo(count(
                "select count(*) from proposal where community_id = ? and state <> 'DRAFT'", community));
        assertThat(f.votes()).hasSize((int) count(
                "select count(*) from vote where community_id = ? and state = 'OPEN'", community));
        assertThat(f.projects()).hasSize((int) count(
                "select count(*) from renewal_project where community_id = ?", community));
        assertThat(f.volunteerHours().stream().mapToLong(CommunityFigures.GridHours::minutes).sum()).isEqualTo(count("""
                select coalesce(sum(s.minutes), 0) from volunteer_service s
                where s.community_id = ? and s.served_on between ? and ?
                and s.id not in (select c.corrects_id from volunteer_service c where c.corrects_id is not null)""",
                community, from, to));
        OffsetDateTime ordersFrom = f.workOrdersFrom().atDay(1).atStartOfDay(DashboardRange.ZONE).toOffsetDateTime();
        OffsetDateTime ordersUntil = YearMonth.from(to).plusMonths(1).atDay(1).atStartOfDay(DashboardRange.ZONE)
                .toOffsetDateTime();
        assertThat(f.workOrders().rows().stream().mapToLong(r -> r.count(CaseMeasure.DUE)).sum()).isEqualTo(count("""
                select count(*) from work_order where community_id = ? and grid_id is not null
                and deadline >= ? and deadline < ?""", community, ordersFrom, ordersUntil));
        assertThat(f.workOrders().rows().stream().mapToLong(r -> r.count(CaseMeasure.REPORTED)).sum())
                .isPositive()
                .isEqualTo(count("""
                        select count(*) from work_order where community_id = ? and grid_id is not null
                        and reported_at >= ? and reported_at < ?""", community, ordersFrom, ordersUntil));
        assertThat(f.patrolAttendance().stream().mapToLong(org.gongzhi.patrol.PatrolAttendance::attendees).sum())
                .isEqualTo(count("""
                        select count(*) from patrol_attendance a join patrol_record r on r.id = a.record_id
                        where r.community_id = ? and r.patrol_date between ? and ?""",
                        community, from.withDayOfMonth(1), to));
    }

    @Test
    void a_branch_secretary_sees_the_grids_of_their_branch_only() throws Exception {
        Set<Integer> grids = jdbc.sql("""
                select g.number from grid g join grid_branch b on b.id = g.grid_branch_id
                where b.community_id = ? and b.number = 1""").param(aoyuan()).query(Integer.class).list().stream()
                .collect(Collectors.toSet());
        mvc.perform(get("/api/v1/dashboard").with(as("branch.secretary")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byGrid.length()").value(grids.size()))
                .andExpect(jsonPath("$.byGrid[0].key").value(String.valueOf(grids.stream().sorted().findFirst()
                        .orElseThrow())));
        int other = jdbc.sql("""
                select min(g.number) from grid g join grid_branch b on b.id = g.grid_branch_id
                where b.community_id = ? and b.number <> 1""").param(aoyuan()).query(Integer.class).single();
        mvc.perform(get("/api/v1/dashboard").param("grid", String.valueOf(other)).with(as("branch.secretary")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dashboard").with(as("resident"))).andExpect(status().isForbidden());
    }

    @Test
    void the_number_of_statements_does_not_grow_with_the_grids() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as("rc.staff"))).andExpect(status().isOk());
        long allGrids = statements("/api/v1/dashboard", "rc.staff");
        long oneGrid = statements("/api/v1/dashboard?grid=1", "rc.staff");
        assertThat(allGrids).isEqualTo(oneGrid).isLessThan(30);
        // a secretary's scope costs one look-up of their branches' schedules, however many grids they have
        int first = jdbc.sql("""
                select min(g.number) from grid g join grid_branch b on b.id = g.grid_branch_id
                where b.community_id = 1 and b.number = 1""")
                .query(Integer.class).single();
        assertThat(statements("/api/v1/dashboard", "branch.secretary"))
                .isEqualTo(statements("/api/v1/dashboard?grid=" + first, "branch.secretary"));
    }

    @Test
    void bad_filters_are_refused_with_a_message() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("from", "2026-03-01").param("to", "2026-02-01")
                .with(as("rc.staff")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("to")));
        mvc.perform(get("/api/v1/dashboard").param("from", "2020-01-01").param("to", "2026-01-01")
                .with(as("rc.staff"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dashboard").param("measure", "happiness").with(as("rc.staff")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/dashboard").param("grid", "99").with(as("rc.staff")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("from", "2026-03-01").param("to", "2026-02-01").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("结束日期不能早于开始日期")));
        mvc.perform(get("/dashboard/grids/1").with(as("rc.staff"))).andExpect(status().isOk());
    }

    /** The fewest statements of two calls, so that a write the session makes now and then is not counted. */
    private long statements(String url, String user) {
        return Math.min(StatementCounter.during(() -> call(url, user)), StatementCounter.during(() -> call(url, user)));
    }

    private void call(String url, String user) {
        try {
            mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long households(CommunityFigures f, ParticipationAction action) {
        return f.total().taking().get(action).households();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
