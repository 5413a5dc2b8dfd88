package org.gongzhi.deliberation.notice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.meeting.MeetingApiTest;

/** 公示: a deliberated plan on notice, residents object, the committee answers, the decision waits for both. */
class PublicNoticeApiTest extends IntegrationTest {

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long deliberated() throws Exception {
        long id = MeetingApiTest.proposalOnAgenda(mvc, this::as,
                "楼道灯改造 " + UUID.randomUUID().toString().substring(0, 4));
        send("rc.staff", "/api/v1/proposals/" + id + "/transitions", "{\"action\":\"DELIBERATE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DELIBERATED"));
        return id;
    }

    private void endNotice(long id) {
        OffsetDateTime past = OffsetDateTime.now().minusDays(1);
        jdbc.sql("update proposal_notice set starts_at = ?, ends_at = ? where proposal_id = ?")
                .params(past.minusDays(7), past, id).update();
    }

    @Test
    void objections_during_notice_must_be_answered_before_the_decision() throws Exception {
        long id = deliberated();
        String base = "/api/v1/proposals/" + id;
        mvc.perform(get(base + "/notice").with(as("resident"))).andExpect(status().isNotFound());

        send("rc.staff", base + "/transitions", "{\"action\":\"PUT_ON_NOTICE\",\"noticeDays\":31}")
                .andExpect(status().isBadRequest());
        send("rc.staff", base + "/transitions", "{\"action\":\"PUT_ON_NOTICE\",\"noticeDays\":7}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ON_NOTICE"));
        String notice = mvc.perform(get(base + "/notice").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true))
                .andReturn().getResponse().getContentAsString();
        OffsetDateTime starts = OffsetDateTime.parse(JsonPath.read(notice, "$.notice.startsAt"));
        OffsetDateTime ends = OffsetDateTime.parse(JsonPath.read(notice, "$.notice.endsAt"));
        org.junit.jupiter.api.Assertions.assertEquals(starts.plusDays(7).toInstant(), ends.toInstant());

        send("rc.staff", base + "/objections", "{\"text\":\"施工时间太吵\"}").andExpect(status().isForbidden());
        send("resident", base + "/objections", "{\"text\":\" \"}").andExpect(status().isBadRequest());
        String created = send("resident", base + "/objections", "{\"text\":\"施工时间请避开午休\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long objection = ((Number) JsonPath.read(created, "$.id")).longValue();

        send("rc.staff", base + "/transitions", "{\"action\":\"OPEN_DECISION\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("公示期")));

        mvc.perform(get("/proposals/" + id).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"notice\"")))
                .andExpect(content().string(Matchers.containsString("施工时间请避开午休")));
        mvc.perform(get("/proposals/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"objection-form\"")));

        // the window has passed: still refused while the objection is unanswered
        endNotice(id);
        send("resident", base + "/objections", "{\"text\":\"太晚了\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("公示期已结束，不能再提出异议"));
        send("rc.staff", base + "/transitions", "{\"action\":\"OPEN_DECISION\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", Matchers.containsString("未答复")));

        String answer = base + "/objections/" + objection + "/answer";
        send("resident", answer, "{\"answer\":\"好\"}").andExpect(status().isForbidden());
        send("rc.staff", answer, "{\"answer\":\"施工安排在 9:00–11:30、14:30–17:00\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.notice.objections[0].answered").value(true))
                .andExpect(jsonPath("$.open").value(false));
        send("rc.staff", answer, "{\"answer\":\"再答一次\"}").andExpect(status().isConflict());

        send("rc.staff", base + "/transitions", "{\"action\":\"OPEN_DECISION\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DECIDING"));
    }

    @Test
    void page_forms_object_and_answer() throws Exception {
        long id = deliberated();
        send("rc.staff", "/api/v1/proposals/" + id + "/transitions", "{\"action\":\"PUT_ON_NOTICE\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/proposals/" + id + "/objections").with(as("resident")).with(csrf())
                        .param("text", "请公开预算明细"))
                .andExpect(status().is3xxRedirection());
        long objection = jdbc.sql("select id from proposal_objection where proposal_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(post("/proposals/" + id + "/objections/" + objection + "/answer").with(as("rc.staff"))
                        .with(csrf()).param("answer", "明细已贴在公告栏"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/proposals/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("明细已贴在公告栏")));
    }
}
