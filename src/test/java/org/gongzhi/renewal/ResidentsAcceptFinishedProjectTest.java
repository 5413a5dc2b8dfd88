package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Residents accept a finished project: only households of the area staff named answer, once each whatever the
 * concurrency; the round closes after its last day, and under the community's satisfaction rate the project goes back
 * to rework with the complaints in its history.
 */
class ResidentsAcceptFinishedProjectTest extends IntegrationTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger(970_000);

    @Autowired
    ProjectAcceptance acceptance;

    @Autowired
    ProjectHandling projects;

    @Autowired
    org.gongzhi.shared.demo.EventsDelivered events;

    private ProjectFixtures fixtures;
    private long community;

    @BeforeEach
    void setUp() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private long projectUnderWay() throws Exception {
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"楼道扶手 %s","place":"楼道","budget":"1000","kind":"OTHER"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6))).andExpect(status().isCreated()));
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/start", null).andExpect(status().isOk());
        return id;
    }

    private Actor staff() {
        int id = ACCOUNTS.incrementAndGet();
        return new Actor(id, "staff" + id, "居委会 " + id, community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    private Actor resident(long residentId) {
        int id = ACCOUNTS.incrementAndGet();
        return new Actor(id, "r" + id, "居民", community, residentId, false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
    }

    /** Residents now living in the building, one per household, in household order. */
    private List<Long> onePerHousehold(int building, int n) {
        return jdbc.sql("""
                select min(r.id) from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and s.building_number = ? and r.moved_out is null
                group by r.household_id order by r.household_id limit ?""").params(community, building, n)
                .query(Long.class).list();
    }

    /** Two residents of one household of the building. */
    private List<Long> twoOfOneHousehold(int building) {
        return jdbc.sql("""
                select r.id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and s.building_number = ? and r.moved_out is null and r.household_id = (
                  select r2.household_id from register_resident r2 join register_stairwell s2 on s2.id = r2.stairwell_id
                  where r2.community_id = ? and s2.building_number = ?
                  and r2.moved_out is null group by r2.household_id
                  having count(*) >= 2 order by r2.household_id limit 1)
                order by r.id limit 2""").params(community, building, community, building).query(Long.class).list();
    }

    private void lastDayPassed(long project) {
        jdbc.sql("update renewal_acceptance set closes_on = ? where project_id = ?")
                .params(acceptance.today().minusDays(1), project).update();
    }

    @Test
    void only_households_of_the_buildings_named_answer_and_each_once() throws Exception {
        long project = projectUnderWay();
        acceptance.complete(staff(), project, new AcceptanceInput(AcceptanceArea.BUILDINGS, "1、2", 7));
        assertThat(projects.inCommunity(community, project).state()).isEqualTo(ProjectState.COMPLETED);

        List<Long> family = twoOfOneHousehold(1);
        assertThat(family).hasSize(2);
        acceptance.answer(resident(family.get(0)), project, new AnswerInput(AcceptanceVerdict.SATISFIED, "扶手很结实"));
        assertThatThrownBy(() -> acceptance.answer(resident(family.get(1)), project,
                new AnswerInput(AcceptanceVerdict.NOT_SATISFIED, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("household");
                            assertThat(p.code()).isEqualTo("acceptance.validation.answered");
                        }));
        long outsider = onePerHousehold(9, 1).getFirst();
        assertThatThrownBy(() -> acceptance.answer(resident(outsider), project,
                new AnswerInput(AcceptanceVerdict.SATISFIED, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("household");
                            assertThat(p.code()).isEqualTo("acceptance.validation.outside.BUILDINGS");
                        }));

        Acceptance round = acceptance.latest(community, project).orElseThrow();
        assertThat(round.answers()).isEqualTo(1);
        assertThat(round.satisfied()).isEqualTo(1);
        assertThat(round.places()).containsExactly("1", "2");
        mvc.perform(get("/api/v1/projects/" + project + "/acceptance")).andExpect(status().isOk())
                .andExpect(jsonPath("$.answers").value(1)).andExpect(jsonPath("$.ratePercent").value(100));
        mvc.perform(get("/api/v1/projects/" + project + "/acceptance/comments")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].comment").value("扶手很结实"));
    }

    @Test
    void everyone_living_in_the_buildings_asked_finds_the_call_for_acceptance_in_their_inbox() throws Exception {
        long project = projectUnderWay();
        acceptance.complete(staff(), project, new AcceptanceInput(AcceptanceArea.BUILDINGS, "4", 7));
        events.await();
        List<Long> told = jdbc.sql("""
                select resident_id from notice_notification where kind = 'ACCEPTANCE_OPENED' and subject_id = ?
                order by resident_id""").param(project).query(Long.class).list();
        List<Long> living = jdbc.sql("""
                select r.id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and s.building_number = 4 and r.moved_out is null order by r.id""")
                .param(community).query(Long.class).list();
        assertThat(living).isNotEmpty();
        assertThat(told).isEqualTo(living);
        assertThat(jdbc.sql("select link from notice_notification where kind = 'ACCEPTANCE_OPENED' and subject_id = ?"
                + " and resident_id = ?").params(project, living.getFirst()).query(String.class).single())
                .isEqualTo("/projects/" + project + "#acceptance");
    }

    @Test
    void members_of_one_household_answering_at_the_same_moment_leave_one_answer() throws Exception {
        long project = projectUnderWay();
        acceptance.complete(staff(), project, new AcceptanceInput(AcceptanceArea.COMMUNITY, null, null));
        List<Long> family = twoOfOneHousehold(3);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Actor member = resident(family.get(i % 2));
            tasks.add(() -> {
                try {
                    acceptance.answer(member, project, new AnswerInput(AcceptanceVerdict.SATISFIED, null));
                    return true;
                } catch (InvalidInput e) {
                    return false;
                }
            });
        }
        assertThat(Concurrently.all(20, tasks)).containsOnlyOnce(true);
        assertThat(acceptance.latest(community, project).orElseThrow().answers()).isEqualTo(1);
    }

    @Test
    void under_the_satisfaction_rate_the_project_goes_back_to_rework_with_the_complaints() throws Exception {
        long project = projectUnderWay();
        acceptance.complete(staff(), project, new AcceptanceInput(AcceptanceArea.BUILDINGS, "5", null));
        List<Long> households = onePerHousehold(5, 5);
        assertThat(households).hasSize(5);
        // 3 of 5 satisfied or basically: 60%, under the community's 80%
        acceptance.answer(resident(households.get(0)), project, new AnswerInput(AcceptanceVerdict.SATISFIED, null));
        acceptance.answer(resident(households.get(1)), project,
                new AnswerInput(AcceptanceVerdict.BASICALLY_SATISFIED, "还行"));
        acceptance.answer(resident(households.get(2)), project, new AnswerInput(AcceptanceVerdict.SATISFIED, null));
        acceptance.answer(resident(households.get(3)), project,
                new AnswerInput(AcceptanceVerdict.NOT_SATISFIED, "扶手有毛刺"));
        acceptance.answer(resident(households.get(4)), project,
                new AnswerInput(AcceptanceVerdict.NOT_SATISFIED, "油漆没干就开放"));
        assertThatThrownBy(() -> acceptance.close(staff(), project)).isInstanceOf(Refused.class)
                .hasMessageContaining("until the last day");

        lastDayPassed(project);
        assertThatThrownBy(() -> acceptance.answer(resident(onePerHousehold(5, 6).get(5)), project,
                new AnswerInput(AcceptanceVerdict.SATISFIED, null))).isInstanceOf(Refused.class);
        assertThat(acceptance.close(staff(), project)).isEqualTo(AcceptanceState.REWORK);

        assertThat(projects.inCommunity(community, project).state()).isEqualTo(ProjectState.IN_PROGRESS);
        Acceptance round = acceptance.latest(community, project).orElseThrow();
        assertThat(round.state()).isEqualTo(AcceptanceState.REWORK);
        assertThat(round.ratePercent()).isEqualTo(60);
        ProjectEvent rework = projects.history(staff(), project, 0, 1).items().getFirst();
        assertThat(rework.kind()).isEqualTo(ProjectEventKind.REWORK);
        assertThat(rework.percentDone()).isEqualTo(60);
        assertThat(rework.reason()).isEqualTo("扶手有毛刺；油漆没干就开放");

        // completed again after the rework: a second round, accepted this time
        acceptance.complete(staff(), project, new AcceptanceInput(AcceptanceArea.BUILDINGS, "5", null));
        acceptance.answer(resident(households.get(3)), project, new AnswerInput(AcceptanceVerdict.SATISFIED, null));
        lastDayPassed(project);
        acceptance.sweep();
        Acceptance second = acceptance.latest(community, project).orElseThrow();
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.state()).isEqualTo(AcceptanceState.ACCEPTED);
        assertThat(projects.inCommunity(community, project).state()).isEqualTo(ProjectState.COMPLETED);
    }

    @Test
    void staff_naming_no_places_or_unknown_ones_are_told_which_field_and_nothing_changes() throws Exception {
        long project = projectUnderWay();
        for (AcceptanceInput bad : List.of(new AcceptanceInput(AcceptanceArea.GRIDS, " ", null),
                new AcceptanceInput(AcceptanceArea.BUILDINGS, "3,x", null),
                new AcceptanceInput(AcceptanceArea.BUILDINGS, "9999", null),
                new AcceptanceInput(AcceptanceArea.ZONE, "Q", null))) {
            assertThatThrownBy(() -> acceptance.complete(staff(), project, bad))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.problems().getFirst().field()).isEqualTo("places"));
        }
        fixtures.send("rc.staff", "/api/v1/projects/" + project + "/complete", "{\"area\":\"ZONE\",\"days\":0}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
        assertThat(projects.inCommunity(community, project).state()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(acceptance.latest(community, project)).isEmpty();
    }
}
