package org.gongzhi.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.activity.EventHandling;
import org.gongzhi.activity.EventHelpersServed;
import org.gongzhi.activity.EventInput;
import org.gongzhi.activity.Events;
import org.gongzhi.activity.Helper;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Helping at an event is service: staff make team members helpers for one of their teams, mark who came, and closing
 * the event credits each helper who came with the event's length, once.
 */
class EventHelpersServeTest extends IntegrationTest {

    private static final long AOYUAN = 1;
    private static final Actor STAFF = new Actor(0, "rc.staff", "居委会", AOYUAN, null, false,
            Set.of(RoleGrant.communityWide(Role.RC_STAFF)));

    @Autowired
    EventHandling handling;
    @Autowired
    Events events;
    @Autowired
    Teams teams;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transaction;

    /** An event that began half an hour ago and lasts two and a half hours. */
    private long running() {
        OffsetDateTime began = OffsetDateTime.now(clock).minusMinutes(30).withNano(0);
        return events.add(AOYUAN, new EventInput(events.programme(AOYUAN, "7890-CINEMA").orElseThrow().id(),
                "暖心影院：帮手测试", null, "7890暖心屋", began, began.plusMinutes(150), 30, null, null,
                EnumSet.allOf(Cohort.class)), "test", began.minusDays(2));
    }

    /** Members of the team, with no other team, who have not helped at that event. */
    private List<Long> membersOf(String teamCode, int count) {
        return jdbc.sql("""
                select m.resident_id from volunteer_member m join volunteer_team t on t.id = m.team_id
                where t.code = ? and m.status = 'MEMBER' and (select count(*) from volunteer_member o
                  where o.resident_id = m.resident_id and o.status = 'MEMBER') = 1
                order by m.resident_id limit ?""").params(teamCode, count).query(Long.class).list();
    }

    private long teamId(String code) {
        return teams.team(AOYUAN, code).orElseThrow().id();
    }

    private long service(long eventId) {
        return jdbc.sql("select count(*) from volunteer_service where source_key like ?").param("event:" + eventId + ":%")
                .query(Long.class).single();
    }

    @Test
    void helpers_who_came_are_credited_once_for_the_team_they_helped_and_nobody_else_is() {
        long id = running();
        List<Long> elderly = membersOf("ELDERLY", 3);
        long pets = teamId("PETS");
        long elderlyTeam = teamId("ELDERLY");
        Long outsider = jdbc.sql("""
                select r.id from register_resident r where r.community_id = 1 and r.moved_out is null and not exists
                (select 1 from volunteer_member m where m.resident_id = r.id) order by r.id limit 1""")
                .query(Long.class).single();

        assertThatThrownBy(() -> handling.addHelper(STAFF, id, elderly.get(0), pets, "茶水"))
                .as("not a member of that team").isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("teamId"));
        assertThatThrownBy(() -> handling.addHelper(STAFF, id, outsider, elderlyTeam, "茶水"))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> handling.addHelper(STAFF, id, elderly.get(0), elderlyTeam, " "))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("task"));
        Actor resident = new Actor(0, "r", "居民", AOYUAN, elderly.get(0), false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
        assertThatThrownBy(() -> handling.addHelper(resident, id, elderly.get(0), elderlyTeam, "茶水"))
                .isInstanceOf(AccessDeniedException.class);

        long first = handling.addHelper(STAFF, id, elderly.get(0), elderlyTeam, "引导入座");
        long second = handling.addHelper(STAFF, id, elderly.get(1), elderlyTeam, "茶水");
        handling.addHelper(STAFF, id, elderly.get(2), elderlyTeam, "摄影");
        assertThatThrownBy(() -> handling.addHelper(STAFF, id, elderly.get(0), elderlyTeam, "茶水"))
                .isInstanceOf(Refused.class);
        handling.helperPresent(STAFF, id, first);
        handling.helperPresent(STAFF, id, second);
        assertThatThrownBy(() -> handling.helperPresent(STAFF, id, first)).isInstanceOf(Refused.class);

        assertThat(handling.close(STAFF, id)).isEqualTo(2);
        assertThat(service(id)).isEqualTo(2);
        ServiceRecord credited = teams.serviceOf(AOYUAN, elderly.get(0), 0, 50).items().stream()
                .filter(s -> s.source() == ServiceSource.EVENT && s.whatDone().contains("引导入座")).findFirst()
                .orElseThrow();
        assertThat(credited.minutes()).isEqualTo(150);
        assertThat(credited.teamId()).isEqualTo(elderlyTeam);
        assertThat(credited.verifiedBy()).isEqualTo("居委会");
        assertThat(credited.servedOn()).isEqualTo(events.get(AOYUAN, id).day());

        EventHelpersServed again = new EventHelpersServed(AOYUAN, id, "暖心影院：帮手测试",
                events.get(AOYUAN, id).day(), 150, "居委会", List.of(new EventHelpersServed.Served(elderly.get(0),
                        elderlyTeam, "引导入座")));
        transaction.executeWithoutResult(s -> publisher.publishEvent(again));
        assertThat(service(id)).as("delivered twice, credited once").isEqualTo(2);

        assertThatThrownBy(() -> handling.close(STAFF, id)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> handling.helperPresent(STAFF, id, handling.helpers(STAFF, id).get(2).id()))
                .as("the door is shut once closed").isInstanceOf(Refused.class);
        assertThat(handling.helpers(STAFF, id)).extracting(Helper::present).containsExactly(true, true, false);

        OffsetDateTime later = OffsetDateTime.now(clock).plusDays(3);
        long coming = handling.create(STAFF, new EventInput(events.programme(AOYUAN, "7890-CINEMA").orElseThrow().id(),
                "未开始", null, "7890暖心屋", later, later.plusHours(1), 10, null, null, EnumSet.allOf(Cohort.class)));
        assertThatThrownBy(() -> handling.close(STAFF, coming)).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.code()).isEqualTo("activity.refused.notBegun"));
    }

    @Test
    void staff_add_a_helper_on_the_roster_and_the_api_closes_the_event() throws Exception {
        long id = running();
        long volunteer = membersOf("PETS", 1).getFirst();
        long petsTeam = teamId("PETS");
        mvc.perform(get("/events/" + id + "/helpers/new").param("residentId", String.valueOf(volunteer))
                .with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("宠物")));
        mvc.perform(post("/events/" + id + "/helpers").with(as("rc.staff")).with(csrf())
                        .param("residentId", String.valueOf(volunteer)).param("teamId", String.valueOf(petsTeam))
                        .param("task", ""))
                .andExpect(redirectedUrl("/events/" + id + "/helpers/new?residentId=" + volunteer));
        mvc.perform(post("/events/" + id + "/helpers").with(as("rc.staff")).with(csrf())
                        .param("residentId", String.valueOf(volunteer)).param("teamId", String.valueOf(petsTeam))
                        .param("task", "维持秩序"))
                .andExpect(redirectedUrl("/events/" + id + "/roster#helpers"));
        long helper = handling.helpers(STAFF, id).getFirst().id();
        mvc.perform(post("/events/" + id + "/helpers/" + helper + "/present").with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/events/" + id + "/helpers/" + helper + "/present").with(as("rc.staff"))
                .with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$[0].presentAt").exists());
        mvc.perform(get("/events/" + id + "/roster").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"close-event\"")));
        mvc.perform(post("/api/v1/events/" + id + "/helpers").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":" + volunteer + "}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/events/" + id + "/close").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closedAt").exists());
        assertThat(service(id)).isEqualTo(1);
        mvc.perform(post("/api/v1/events/" + id + "/close").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/events/" + id + "/roster").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"event-closed\"")));
    }
}
