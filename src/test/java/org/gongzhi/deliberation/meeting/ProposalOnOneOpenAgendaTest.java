package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A proposal sits on the agenda of at most one meeting still to be held, and a meeting that has been held takes no
 * new items: refused with a reason (409 / red box), not offered on the page, and kept by the database when two staff
 * add the same proposal to two meetings at once.
 */
class ProposalOnOneOpenAgendaTest extends IntegrationTest {

    @Autowired
    MeetingHandling meetings;

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long proposal() throws Exception {
        return MeetingApiTest.proposalOnAgenda(mvc, this::as, "议程测试 " + UUID.randomUUID().toString().substring(0, 6));
    }

    private long meeting(LocalDateTime heldAt) throws Exception {
        String json = send("/api/v1/meetings", MeetingApiTest.meetingJson("议程测试议事厅")
                .replace("2026-12-03T19:00", heldAt.truncatedTo(ChronoUnit.MINUTES).toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static LocalDateTime inDays(int days) {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(days);
    }

    private ResultActions add(long meeting, long proposal) throws Exception {
        return send("/api/v1/meetings/" + meeting + "/agenda", "{\"proposalId\":" + proposal + "}");
    }

    private void holdAttendance(long meeting) throws Exception {
        send("/api/v1/meetings/" + meeting + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""")
                .andExpect(status().isOk());
    }

    private long openAgendas(long proposal) {
        return jdbc.sql("select count(*) from meeting_agenda where proposal_id = ? and open_proposal_id is not null")
                .param(proposal).query(Long.class).single();
    }

    @Test
    void a_proposal_on_one_meetings_agenda_is_neither_offered_to_nor_taken_by_another() throws Exception {
        long proposal = proposal();
        long first = meeting(inDays(7));
        long second = meeting(inDays(14));
        mvc.perform(get("/meetings/" + second).with(as("rc.staff")))
                .andExpect(content().string(containsString("<option value=\"" + proposal + "\"")));
        add(first, proposal).andExpect(status().isOk());

        add(second, proposal).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("#" + first)));
        mvc.perform(get("/meetings/" + second).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<option value=\"" + proposal + "\""))));
        mvc.perform(post("/meetings/" + second + "/agenda").param("proposalId", String.valueOf(proposal))
                        .with(as("rc.staff")).with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + second)).andExpect(flash().attributeExists("refusal"));
        assertThat(openAgendas(proposal)).isOne();
    }

    @Test
    void a_held_meeting_takes_no_new_items_and_offers_none() throws Exception {
        long held = meeting(inDays(-1));
        holdAttendance(held);
        long proposal = proposal();
        add(held, proposal).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已经召开")));
        mvc.perform(get("/meetings/" + held).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"f-proposalId\""))))
                .andExpect(content().string(containsString("id=\"agenda-closed\"")));
    }

    @Test
    void once_its_meeting_is_held_a_proposal_not_deliberated_there_goes_on_the_next_agenda() throws Exception {
        long proposal = proposal();
        long past = meeting(inDays(-1));
        add(past, proposal).andExpect(status().isOk());
        holdAttendance(past);
        long next = meeting(inDays(7));
        add(next, proposal).andExpect(status().isOk());
        assertThat(openAgendas(proposal)).isOne();
    }

    private Callable<Boolean> adding(Actor staff, long meeting, long proposal) {
        return () -> {
            meetings.addToAgenda(staff, meeting, proposal);
            return true;
        };
    }

    @Test
    void two_staff_adding_the_same_proposal_to_two_meetings_at_once_put_it_on_one_agenda() throws Exception {
        long rcAccount = jdbc.sql("select id from account where username = 'rc.staff'").query(Long.class).single();
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
        Actor staff = new Actor(rcAccount, "rc.staff", "居委会", community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        for (int round = 0; round < 5; round++) {
            long proposal = proposal();
            long first = meeting(inDays(7));
            long second = meeting(inDays(8));
            assertThat(Concurrently.steps(2, List.of(adding(staff, first, proposal), adding(staff, second, proposal))))
                    .containsExactlyInAnyOrder(true, false);
            assertThat(jdbc.sql("select count(*) from meeting_agenda where proposal_id = ?").param(proposal)
                    .query(Long.class).single()).isOne();
        }
    }
}
