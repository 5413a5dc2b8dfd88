package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.meeting.Meetings;
import org.gongzhi.renewal.ProjectFixtures;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A consensus plan that asks for a small fix: adopting the proposal reports a work order on the author's behalf
 * instead of opening a project, every resident can follow it, and the work order carries the proposal to done.
 */
class AdoptedFixBecomesWorkOrderTest extends IntegrationTest {

    @Autowired
    Meetings meetings;

    @Autowired
    CaseHandling handling;

    @Autowired
    CaseQueries queries;

    private ProjectFixtures fixtures;
    private long community;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    @Test
    void the_fix_is_a_work_order_that_the_author_accepts_and_the_proposal_is_done() throws Exception {
        long proposal = fixtures.onAgenda("篮球场篮网破了");
        long meeting = ProjectFixtures.planAtMeeting(meetings, community, proposal, "物业更换两个篮网", "200",
                "物业维修费", "物业更换");
        fixtures.send("rc.staff", "/api/v1/meetings/" + meeting + "/follow-up",
                "{\"proposalId\":" + proposal + ",\"followUp\":\"WORK_ORDER\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.followUp").value("WORK_ORDER"));
        fixtures.toDecision(proposal);
        fixtures.transition(proposal, "ADOPT").andExpect(status().isOk());

        long order = jdbc.sql("select id from work_order where proposal_id = ?").param(proposal).query(Long.class)
                .single();
        mvc.perform(get("/projects/for-proposal/" + proposal).with(as("resident")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + order));
        Actor neighbour = new Actor(0, "neighbour", "邻居", community, neighbourOf(proposal), false,
                Set.of(RoleGrant.communityWide(Role.RESIDENT)));
        assertThat(handling.visible(neighbour, order).id()).isEqualTo(order);
        assertThat(queries.mine(neighbour)).noneMatch(c -> c.id() == order);
        String path = "/api/v1/cases/" + order;
        mvc.perform(get(path).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.description").value(containsString("物业更换两个篮网")));
        fixtures.send("oc.member", "/api/v1/meetings/" + meeting + "/follow-up",
                "{\"proposalId\":" + proposal + ",\"followUp\":\"PROJECT\"}").andExpect(status().isForbidden());
        fixtures.send("rc.staff", "/api/v1/meetings/" + meeting + "/follow-up",
                "{\"proposalId\":" + proposal + ",\"followUp\":\"PROJECT\"}").andExpect(status().isConflict());

        fixtures.send("rc.staff", path + "/transitions", "{\"action\":\"ACCEPT\"}").andExpect(status().isOk());
        fixtures.send("rc.staff", path + "/transitions", "{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\"}")
                .andExpect(status().isOk());
        fixtures.send("pm.staff", path + "/transitions", "{\"action\":\"START\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        mvc.perform(multipart(path + "/transitions").file(new MockMultipartFile("photo", "net.png", "image/png",
                        ProjectFixtures.PNG))
                        .param("action", "HANDLE").param("note", "两个篮网已更换").with(as("pm.staff")).with(csrf()))
                .andExpect(status().isOk());
        fixtures.send("resident", path + "/transitions", "{\"action\":\"VERIFY_PASS\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("DONE"));
        assertThat(jdbc.sql("select count(*) from renewal_project where proposal_id = ?").param(proposal)
                .query(Long.class).single()).isZero();
    }

    /** A resident who is not the proposal's author and reported nothing about it. */
    private long neighbourOf(long proposal) {
        return jdbc.sql("""
                select min(r.id) from resident r where r.community_id = ? and r.moved_out is null
                and r.id <> (select author_resident_id from proposal where id = ?)""")
                .params(community, proposal).query(Long.class).single();
    }

    @Test
    void the_follow_up_is_chosen_for_a_recorded_plan_only() throws Exception {
        long proposal = fixtures.onAgenda("楼道灯罩松动");
        long meeting = ProjectFixtures.planAtMeeting(meetings, community, proposal, "拧紧灯罩", "0", "物业", "物业");
        long wide = fixtures.onAgenda("全小区路灯巡检");
        jdbc.sql("update proposal set place_kind = 'COMMUNITY', place_code = '' where id = ?").param(wide).update();
        long wideMeeting = ProjectFixtures.planAtMeeting(meetings, community, wide, "全面巡检路灯", "0", "物业", "物业");
        fixtures.send("rc.staff", "/api/v1/meetings/" + wideMeeting + "/follow-up",
                "{\"proposalId\":" + wide + ",\"followUp\":\"WORK_ORDER\"}")
                .andExpect(status().isConflict()).andExpect(content().string(containsString("全小区范围")));
        long other = fixtures.onAgenda("另一个议题");
        fixtures.send("rc.staff", "/api/v1/meetings/" + meeting + "/follow-up",
                "{\"proposalId\":" + other + ",\"followUp\":\"WORK_ORDER\"}").andExpect(status().isConflict());
        fixtures.send("rc.staff", "/api/v1/meetings/" + meeting + "/follow-up",
                "{\"proposalId\":" + proposal + ",\"followUp\":\"LATER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("followUp"));
        mvc.perform(multipart("/meetings/" + meeting + "/follow-up").param("proposalId", String.valueOf(proposal))
                        .param("followUp", "WORK_ORDER").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + meeting).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"follow-up-" + proposal + "\"")))
                .andExpect(content().string(
                        matchesPattern("(?s).*<option value=\"WORK_ORDER\"\\s+selected=\"selected\".*")));
        mvc.perform(get("/meetings/" + meeting).with(as("resident")))
                .andExpect(content().string(not(containsString("id=\"follow-up-" + proposal + "\""))));
    }
}
