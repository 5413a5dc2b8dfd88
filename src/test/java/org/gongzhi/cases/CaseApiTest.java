package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.audit.AuditTrail;

/** The work-order loop through the API, with its scoping, anonymity, escalation and "me too". */
class CaseApiTest extends IntegrationTest {

    @Autowired
    CaseHandling handling;

    @Autowired
    AuditTrail audit;

    private long report(String username, String body) throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private long residentReport(String category, String extra) throws Exception {
        return report("resident", """
                {"category":"%s","description":"%s"%s}""".formatted(category, "测试 " + UUID.randomUUID(), extra));
    }

    private ResultActions step(String username, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions action(String username, long id, String action) throws Exception {
        return step(username, id, "{\"action\":\"" + action + "\"}");
    }

    private ResultActions handled(String username, long id, String note) throws Exception {
        return mvc.perform(multipart("/api/v1/cases/" + id + "/transitions")
                .file(new MockMultipartFile("photo", "fixed.png", "image/png", CaseFixtures.png()))
                .param("action", "HANDLE").param("note", note).with(as(username)).with(csrf()));
    }

    private void dispatch(long id, String party) throws Exception {
        action("rc.staff", id, "ACCEPT").andExpect(status().isOk());
        step("rc.staff", id, "{\"action\":\"DISPATCH\",\"party\":\"" + party + "\"}").andExpect(status().isOk());
    }

    @Test
    void a_report_goes_round_the_whole_loop_with_one_rework_and_a_rating() throws Exception {
        long id = residentReport("BROKEN_LIGHT", "");
        mvc.perform(get("/api/v1/cases/" + id).with(as("resident")))
                .andExpect(jsonPath("$.state").value("REPORTED"))
                .andExpect(jsonPath("$.place.code").value("AY-1-1"))
                .andExpect(jsonPath("$.reportedByViewer").value(true));
        dispatch(id, "PROPERTY_COMPANY");
        action("pm.staff", id, "START").andExpect(jsonPath("$.state").value("IN_HANDLING"));
        handled("pm.staff", id, "已更换灯泡").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("HANDLED"))
                .andExpect(jsonPath("$.photos[0].purpose").value("HANDLED"));
        step("resident", id, "{\"action\":\"VERIFY_FAIL\",\"note\":\"晚上还是不亮\"}")
                .andExpect(jsonPath("$.state").value("IN_HANDLING"))
                .andExpect(jsonPath("$.reworkCount").value(1));
        handled("pm.staff", id, "更换了线路").andExpect(status().isOk());
        action("resident", id, "VERIFY_PASS").andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(post("/api/v1/cases/" + id + "/rating").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":5,\"comment\":\"很快\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value(5))
                .andExpect(jsonPath("$.timeline.length()").value(9))
                .andExpect(jsonPath("$.timeline[5].action").value("VERIFY_FAIL"))
                .andExpect(jsonPath("$.timeline[5].from").value("HANDLED"))
                .andExpect(jsonPath("$.timeline[5].to").value("IN_HANDLING"));

        action("rc.staff", id, "ACCEPT")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已结案")));
    }

    @Test
    void a_step_the_case_does_not_allow_is_a_conflict_and_a_step_by_the_wrong_role_is_forbidden()
            throws Exception {
        long id = residentReport("NOISE", "");
        action("resident", id, "VERIFY_PASS")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("待受理")))
                .andExpect(jsonPath("$.title").value("Step not allowed"))
                .andExpect(jsonPath("$.code").value("case.refused.state"));
        action("pm.staff", id, "ACCEPT").andExpect(status().isNotFound());
        action("oc.member", id, "ACCEPT").andExpect(status().isNotFound());
        step("rc.staff", id, "{\"action\":\"REJECT\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        step("rc.staff", id, "{\"action\":\"FLY\"}").andExpect(status().isBadRequest());
    }

    @Test
    void the_property_company_cannot_see_a_case_dispatched_to_the_owners_committee() throws Exception {
        long id = residentReport("GREENERY", "");
        dispatch(id, "OWNERS_COMMITTEE");
        mvc.perform(get("/api/v1/cases/" + id).with(as("pm.staff"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("size", "100").with(as("pm.staff")))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))))
                .andExpect(jsonPath("$.items[*].party", everyItemIs("PROPERTY_COMPANY")));
        mvc.perform(get("/api/v1/cases/" + id).with(as("oc.member"))).andExpect(status().isOk());
        action("oc.member", id, "START").andExpect(jsonPath("$.state").value("IN_HANDLING"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(value));
    }

    @Test
    void a_branch_secretary_verifies_only_in_the_grids_of_the_branch() throws Exception {
        long far = residentReport("LITTER", ",\"placeKind\":\"LANDMARK\",\"landmark\":\"NORTH_GATE\"");
        long near = residentReport("LITTER", "");
        for (long id : List.of(far, near)) {
            dispatch(id, "RESIDENTS_COMMITTEE");
            action("rc.staff", id, "START").andExpect(status().isOk());
            handled("rc.staff", id, "已清理").andExpect(status().isOk());
        }
        action("branch.secretary", far, "VERIFY_PASS").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + far).with(as("rc.staff")))
                .andExpect(jsonPath("$.state").value("HANDLED"))
                .andExpect(jsonPath("$.gridNumber").value(15));
        action("branch.secretary", near, "VERIFY_PASS").andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void an_anonymous_report_hides_the_reporter_from_everyone_but_the_residents_committee() throws Exception {
        String name = jdbc.sql("select r.name from resident r join account a on a.resident_id = r.id "
                + "where a.username = 'resident'").query(String.class).single();
        long id = residentReport("EBIKE_CHARGING", ",\"anonymous\":true");
        dispatch(id, "PROPERTY_COMPANY");
        mvc.perform(get("/api/v1/cases/" + id).with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.reporterName").value(nullValue()))
                .andExpect(jsonPath("$.timeline[0].actor").value(nullValue()))
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(not(containsString("reporterResidentId"))));
        mvc.perform(get("/cases/" + id).with(as("pm.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(containsString("匿名居民")));
        mvc.perform(get("/api/v1/cases/" + id).with(as("rc.staff")))
                .andExpect(jsonPath("$.reporterName").value(name));
    }

    @Test
    void the_escalation_job_flags_an_overdue_case_for_the_residents_committee() throws Exception {
        long id = residentReport("FIRE_LANE_BLOCKED", "");
        dispatch(id, "PROPERTY_COMPANY");
        jdbc.sql("update work_order set deadline = deadline - interval '2' day where id = ?").param(id).update();

        handling.escalateOverdue();
        handling.escalateOverdue();

        mvc.perform(get("/api/v1/cases/" + id).with(as("rc.staff")))
                .andExpect(jsonPath("$.escalated").value(true))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.state").value("DISPATCHED"))
                .andExpect(jsonPath("$.timeline[3].action").value("ESCALATE"));
        assertThat(audit.count("CASE_ESCALATED", "work_order", id)).isEqualTo(1);
        action("pm.staff", id, "START").andExpect(jsonPath("$.state").value("IN_HANDLING"));
    }

    @Test
    void me_too_is_counted_once_per_resident_even_when_sent_twenty_times_at_once() throws Exception {
        long id = residentReport("WATER_PIPE", "");
        dispatch(id, "OWNERS_COMMITTEE");
        mvc.perform(get("/api/v1/cases/similar").param("category", "WATER_PIPE").param("stairwellCode", "AY-1-1")
                        .with(as("oc.member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)))
                .andExpect(content().string(not(containsString("reporterName"))));
        RequestPostProcessor member = as("oc.member");
        List<Integer> replies = Concurrently.times(20, () -> mvc.perform(post("/api/v1/cases/" + id + "/me-too")
                .with(member).with(csrf())).andReturn().getResponse().getStatus());
        assertThat(replies).containsOnly(200);
        assertThat(jdbc.sql("select count(*) from case_me_too where work_order_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/cases/" + id).with(as("oc.member")))
                .andExpect(jsonPath("$.meToos").value(1));
        mvc.perform(post("/api/v1/cases/" + id + "/me-too").with(as("resident")).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void a_report_with_a_photo_is_stored_and_a_photo_that_is_not_an_image_is_refused() throws Exception {
        String json = mvc.perform(multipart("/api/v1/cases")
                        .file(new MockMultipartFile("photo", "lake.png", "image/png", CaseFixtures.png()))
                        .param("category", "SWAN_LAKE").param("description", "有人在天鹅湖边投喂面包")
                        .param("placeKind", "LANDMARK").param("landmark", "SWAN_LAKE")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.place.code").value("SWAN_LAKE"))
                .andReturn().getResponse().getContentAsString();
        String url = JsonPath.read(json, "$.photos[0].url");
        mvc.perform(get(url).with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get(url).with(as("pm.staff"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/cases")
                        .file(new MockMultipartFile("photo", "lake.png", "image/png", "not a picture".getBytes()))
                        .param("category", "SWAN_LAKE").param("description", "照片不对")
                        .with(as("resident")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photo"));
    }
}
