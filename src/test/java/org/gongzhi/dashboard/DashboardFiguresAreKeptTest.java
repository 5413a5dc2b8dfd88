package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongzhi.IntegrationTest;
import org.gongzhi.MovableClock;
import org.gongzhi.StatementCounter;
import org.gongzhi.activity.ActivityFigures;
import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.community.RegisterFigures;
import org.gongzhi.dashboard.CommunityFigures.PlaceShare;
import org.gongzhi.deliberation.DeliberationFigures;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.pet.PetStatistics;
import org.gongzhi.renewal.RenewalFigures;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.volunteer.VolunteerFigures;
import org.gongzhi.voting.VotingFigures;

/**
 * The dashboard keeps its figures for a minute: asked again within it, it runs no statement; after it, it counts
 * again. A grid branch secretary's figures and the residents' committee's are kept apart, and whoever may not see
 * the dashboard is refused even when figures are kept. (The test context keeps nothing, so this test builds a
 * dashboard of its own on a clock it moves.)
 */
class DashboardFiguresAreKeptTest extends IntegrationTest {

    @Autowired RegisterFigures register;
    @Autowired DeliberationFigures deliberation;
    @Autowired VotingFigures voting;
    @Autowired ActivityFigures activity;
    @Autowired VolunteerFigures volunteer;
    @Autowired RenewalFigures renewal;
    @Autowired CaseMeasures cases;
    @Autowired PatrolRecords patrol;
    @Autowired PetStatistics pets;
    @Autowired UserDetailsService userDetails;

    private final MovableClock clock = new MovableClock(Clock.systemUTC().instant(), DashboardRange.ZONE);

    private CommunityDashboard keptForAMinute() {
        return new CommunityDashboard(register, deliberation, voting, activity, volunteer, renewal, cases, patrol,
                pets, clock, Duration.ofMinutes(1), 16);
    }

    @Test
    void asked_again_within_a_minute_the_dashboard_runs_no_statement_and_after_it_counts_again() {
        CommunityDashboard dashboard = keptForAMinute();
        Actor staff = actor("rc.staff");
        AtomicReference<CommunityFigures> figures = new AtomicReference<>();
        assertThat(StatementCounter.during(() -> figures.set(dashboard.of(staff, null, null, null, null))))
                .isPositive();
        CommunityFigures first = figures.get();
        assertThat(first.asOf()).isEqualTo(clock.instant());

        clock.moveOn(Duration.ofSeconds(59));
        assertThat(StatementCounter.during(() -> figures.set(dashboard.of(staff, null, null, null, null))))
                .isZero();
        assertThat(figures.get()).isSameAs(first);
        // the map the page loads next reads the same figures
        assertThat(StatementCounter.during(() -> dashboard.shares(staff, null, null, null))).isZero();

        clock.moveOn(Duration.ofSeconds(1));
        assertThat(StatementCounter.during(() -> figures.set(dashboard.of(staff, null, null, null, null))))
                .isPositive();
        assertThat(figures.get().asOf()).isEqualTo(first.asOf().plusSeconds(60));
        assertThat(figures.get().total()).isEqualTo(first.total());
    }

    @Test
    void a_branch_secretary_and_the_residents_committee_never_share_figures() {
        CommunityDashboard dashboard = keptForAMinute();
        Actor staff = actor("rc.staff");
        Actor secretary = actor("branch.secretary");
        List<String> allGrids = grids(dashboard.of(staff, null, null, null, null));

        AtomicReference<CommunityFigures> theirs = new AtomicReference<>();
        assertThat(StatementCounter.during(() -> theirs.set(dashboard.of(secretary, null, null, null, null))))
                .isPositive();
        List<String> theirGrids = grids(theirs.get());
        assertThat(theirGrids).isNotEmpty();
        assertThat(allGrids).containsAll(theirGrids).hasSizeGreaterThan(theirGrids.size());

        clock.moveOn(Duration.ofSeconds(30));
        assertThat(grids(dashboard.of(staff, null, null, null, null))).isEqualTo(allGrids);
        assertThat(grids(dashboard.of(secretary, null, null, null, null))).isEqualTo(theirGrids);
        assertThat(dashboard.of(secretary, null, null, null, null).total().households())
                .isLessThan(dashboard.of(staff, null, null, null, null).total().households());
    }

    @Test
    void whoever_may_not_see_the_dashboard_is_refused_while_figures_are_kept() {
        CommunityDashboard dashboard = keptForAMinute();
        dashboard.of(actor("rc.staff"), null, null, null, null);
        Actor resident = actor("resident");
        assertThatThrownBy(() -> dashboard.of(resident, null, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_api_and_the_page_say_as_of_when() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").isString());
        // the test context keeps nothing: figures are computed on every visit
        mvc.perform(get("/dashboard").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据截至 ")))
                .andExpect(content().string(containsString("（每次打开时计算）")));
        mvc.perform(get("/dashboard/grids/1").with(as("rc.staff")).cookie(new jakarta.servlet.http.Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures as of ")));
        mvc.perform(get("/transparency"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("数据截至 ")));
        mvc.perform(get("/api/v1/transparency")).andExpect(status().isOk())
                .andExpect(jsonPath("$.participationAsOf").isString());
        mvc.perform(get("/api/v1/subdistrict").with(as("subdistrict.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").isString());
        mvc.perform(get("/subdistrict").with(as("subdistrict.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("数据截至 ")));
    }

    private static List<String> grids(CommunityFigures figures) {
        return figures.byGrid().stream().map(PlaceShare::key).toList();
    }

    private Actor actor(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return Permissions.actor();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
