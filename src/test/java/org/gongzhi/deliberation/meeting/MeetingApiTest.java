package org.gongzhi.deliberation.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/** A deliberation meeting through the API: agenda, attendance, 四议共答 by the right people, plan, 会签. */
public class MeetingApiTest extends IntegrationTest {

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A resident's proposal put on the agenda by the residents' committee. */
    public static long proposalOnAgenda(org.springframework.test.web.servlet.MockMvc mvc,
            java.util.function.Function<String, org.springframework.test.web.servlet.request.RequestPostProcessor> as,
            String title) throws Exception {
        String json = mvc.perform(post("/api/v1/proposals").with(as.apply("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"健身角地面开裂，器材生锈。","category":"FACILITIES",
                                 "place":"COMMUNITY"}""".formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as.apply("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUT_ON_AGENDA\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ON_AGENDA"));
        return id;
    }

    public static String meetingJson(String place) {
        return """
                {"heldAt":"2026-12-03T19:00","place":"%s","advisers":"律师 周先生",
                 "invitees":[{"party":"RESIDENTS_COMMITTEE","name":"李老师"},
                             {"party":"OWNERS_COMMITTEE","name":"王主任","zoneGroup":"南区工作小组"},
                             {"party":"PROPERTY_COMPANY","name":"赵经理"},
                             {"party":"RESIDENT_REPRESENTATIVES","name":"张阿姨"}]}""".formatted(place);
    }

    private String answer(long proposal, String party) {
        return """
                {"proposalId":%d,"party":"%s","position":"SUPPORT","reasoning":"同意改造","contribution":"出人出力"}"""
                .formatted(proposal, party);
    }

    private String signature(long proposal, String party) {
        return "{\"proposalId\":%d,\"party\":\"%s\",\"signer\":\"代表\"}".formatted(proposal, party);
    }

    @Test
    void four_parties_answer_and_co_sign_then_the_proposal_is_deliberated() throws Exception {
        long proposal = proposalOnAgenda(mvc, this::as, "健身角改造 " + UUID.randomUUID().toString().substring(0, 4));
        String json = send("rc.staff", "/api/v1/meetings", meetingJson("居委会议事厅"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requireAllFourParties").value(true))
                .andExpect(jsonPath("$.invitees[1].zoneGroup").value("南区工作小组"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        String base = "/api/v1/meetings/" + id;

        send("oc.member", "/api/v1/meetings", meetingJson("x")).andExpect(status().isForbidden());
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + proposal + "}").andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].proposalId").value(proposal));
        send("rc.staff", base + "/agenda", "{\"proposalId\":" + proposal + "}").andExpect(status().isConflict());

        // who may answer for whom
        send("resident", base + "/answers", answer(proposal, "RESIDENT_REPRESENTATIVES"))
                .andExpect(status().isForbidden());
        send("oc.member", base + "/answers", answer(proposal, "PROPERTY_COMPANY")).andExpect(status().isForbidden());
        send("pm.staff", base + "/answers", answer(proposal, "OWNERS_COMMITTEE")).andExpect(status().isForbidden());
        send("oc.member", base + "/answers", answer(proposal, "OWNERS_COMMITTEE")).andExpect(status().isOk());
        send("pm.staff", base + "/answers", """
                {"proposalId":%d,"party":"PROPERTY_COMPANY","position":"OPPOSE","reasoning":"费用太高"}"""
                .formatted(proposal)).andExpect(status().isOk());
        send("pm.staff", base + "/answers", answer(proposal, "PROPERTY_COMPANY")).andExpect(status().isOk());
        send("rc.staff", base + "/answers", answer(proposal, "RESIDENTS_COMMITTEE")).andExpect(status().isOk());

        // the plan needs all four answers and a quorate meeting
        String plan = """
                {"proposalId":%d,"plan":"更换健身器材，地面重铺","cost":"%s","fundingSource":"专项维修资金",
                 "responsibilities":"物业施工，业委会监督，居委会公示"}""";
        send("rc.staff", base + "/plan", plan.formatted(proposal, "12345.67")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("四方未到齐，议事会不能议决"))
                .andExpect(jsonPath("$.code").value("meeting.refused.notQuorate"));
        send("rc.staff", base + "/answers", answer(proposal, "RESIDENT_REPRESENTATIVES")).andExpect(status().isOk());
        send("rc.staff", base + "/attendance", "{\"parties\":[\"RESIDENTS_COMMITTEE\",\"OWNERS_COMMITTEE\","
                + "\"PROPERTY_COMPANY\"]}").andExpect(status().isOk()).andExpect(jsonPath("$.quorate").value(false));
        send("rc.staff", base + "/plan", plan.formatted(proposal, "12345.67")).andExpect(status().isConflict());
        send("rc.staff", base + "/attendance", "{\"parties\":[\"RESIDENTS_COMMITTEE\",\"OWNERS_COMMITTEE\","
                + "\"PROPERTY_COMPANY\",\"RESIDENT_REPRESENTATIVES\"]}").andExpect(jsonPath("$.quorate").value(true));
        send("rc.staff", base + "/plan", plan.formatted(proposal, "12,345.67")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cost"));
        send("oc.member", base + "/plan", plan.formatted(proposal, "12345.67")).andExpect(status().isForbidden());
        send("rc.staff", base + "/plan", plan.formatted(proposal, "12345.67")).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].plan.costFen").value(1234567))
                .andExpect(jsonPath("$.agenda[0].history.length()").value(5))
                .andExpect(jsonPath("$.agenda[0].answers.length()").value(4));

        // co-signing: each for their own party; DELIBERATED only after the fourth
        send("pm.staff", base + "/signatures", signature(proposal, "OWNERS_COMMITTEE"))
                .andExpect(status().isForbidden());
        send("resident", base + "/signatures", signature(proposal, "RESIDENT_REPRESENTATIVES"))
                .andExpect(status().isForbidden());
        send("oc.member", base + "/signatures", signature(proposal, "OWNERS_COMMITTEE")).andExpect(status().isOk());
        send("pm.staff", base + "/signatures", signature(proposal, "PROPERTY_COMPANY")).andExpect(status().isOk());
        send("pm.staff", base + "/signatures", signature(proposal, "PROPERTY_COMPANY"))
                .andExpect(status().isConflict());
        send("rc.staff", base + "/signatures", signature(proposal, "RESIDENTS_COMMITTEE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].state").value("ON_AGENDA"));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("ON_AGENDA"));
        send("rc.staff", base + "/signatures", signature(proposal, "RESIDENT_REPRESENTATIVES"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].fullySigned").value(true))
                .andExpect(jsonPath("$.agenda[0].state").value("DELIBERATED"));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("DELIBERATED"));

        mvc.perform(get(base).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.agenda[0].signatures.length()").value(4));
        mvc.perform(get("/api/v1/meetings").with(as("resident"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + id + "/minutes").with(as("resident"))).andExpect(status().isOk());
        mvc.perform(get("/proposals/" + proposal).with(as("resident"))).andExpect(status().isOk());
    }

    @Test
    void a_proposal_not_on_the_agenda_cannot_join_a_meeting() throws Exception {
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"只是提交 %s","description":"还在征集支持","category":"OTHER","place":"COMMUNITY"}"""
                                .formatted(UUID.randomUUID().toString().substring(0, 4))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long proposal = ((Number) JsonPath.read(json, "$.id")).longValue();
        String meeting = send("rc.staff", "/api/v1/meetings", meetingJson("北区活动室"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(meeting, "$.id")).longValue();
        send("rc.staff", "/api/v1/meetings/" + id + "/agenda", "{\"proposalId\":" + proposal + "}")
                .andExpect(status().isConflict());
        send("rc.staff", "/api/v1/meetings", "{\"heldAt\":\"tomorrow\",\"place\":\"x\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_meeting_without_a_place_or_with_a_nameless_party_is_refused_field_by_field_and_not_planned()
            throws Exception {
        String before = mvc.perform(get("/api/v1/meetings").with(as("rc.staff"))).andReturn().getResponse()
                .getContentAsString();
        send("rc.staff", "/api/v1/meetings", """
                {"heldAt":"2026-12-20T19:00","place":"  ",
                 "invitees":[{"name":"李老师"},{"party":"OWNERS_COMMITTEE","name":"%s"}]}""".formatted("王".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'place')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'invitees[0].party')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'invitees[1].name')]").exists());
        mvc.perform(get("/api/v1/meetings").with(as("rc.staff")))
                .andExpect(jsonPath("$.length()").value(((java.util.List<?>) JsonPath.read(before, "$")).size()));
    }
}
