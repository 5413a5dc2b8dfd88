package org.gongzhi.deliberation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.meeting.MeetingApiTest;
import org.gongzhi.deliberation.meeting.Party;

/**
 * A refused post from a deliberation or voting page comes back to the page with the reason and with what was typed
 * still in its form, not an empty form.
 */
class RefusedFormsKeepWhatWasTypedTest extends IntegrationTest {

    /** Sends the form, follows the redirect with its flash, and returns the page it lands on. */
    private ResultActions sendAndFollow(MockHttpServletRequestBuilder form, String user) throws Exception {
        var result = mvc.perform(form.with(as(user)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as(user))
                .flashAttrs(result.getFlashMap())).andExpect(status().isOk());
    }

    private long json(String user, String path, String body, String id) throws Exception {
        return ((Number) JsonPath.read(mvc.perform(post(path).with(as(user)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString(), id)).longValue();
    }

    @Test
    void a_consensus_plan_with_an_unreadable_cost_keeps_its_text() throws Exception {
        long proposal = MeetingApiTest.proposalOnAgenda(mvc, this::as, "保留输入 " + UUID.randomUUID().toString().substring(0, 6));
        long meeting = json("rc.staff", "/api/v1/meetings", MeetingApiTest.meetingJson("保留输入议事厅").replace(
                "2026-12-03T19:00", LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withSecond(0).withNano(0)
                        .toString()), "$.id");
        String base = "/api/v1/meetings/" + meeting;
        json("rc.staff", base + "/agenda", "{\"proposalId\":" + proposal + "}", "$.id");
        json("rc.staff", base + "/attendance", """
                {"parties":["RESIDENTS_COMMITTEE","OWNERS_COMMITTEE","PROPERTY_COMPANY","RESIDENT_REPRESENTATIVES"]}""",
                "$.id");
        for (Party party : Party.values()) {
            json("rc.staff", base + "/answers", """
                    {"proposalId":%d,"party":"%s","position":"SUPPORT","reasoning":"同意"}""".formatted(proposal, party),
                    "$.id");
        }
        sendAndFollow(post("/meetings/" + meeting + "/plan").param("form", "plan-" + proposal)
                        .param("proposalId", String.valueOf(proposal)).param("plan", "更换健身器材，地面重铺")
                        .param("cost", "一万二").param("fundingSource", "专项维修资金")
                        .param("responsibilities", "物业施工，业委会监督"), "rc.staff")
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("更换健身器材，地面重铺</textarea>")))
                .andExpect(content().string(containsString("value=\"一万二\"")))
                .andExpect(content().string(containsString("物业施工，业委会监督</textarea>")));
    }

    @Test
    void a_comment_without_a_stance_keeps_its_words() throws Exception {
        long proposal = jdbc.sql("select min(id) from proposal where state = 'SUBMITTED'").query(Long.class).single();
        sendAndFollow(post("/proposals/" + proposal + "/comments").param("form", "comment")
                        .param("body", "我觉得应该先问问楼里的老人"), "resident")
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("我觉得应该先问问楼里的老人</textarea>")));
    }

    @Test
    void a_closing_time_too_soon_keeps_the_reason_typed() throws Exception {
        long vote = jdbc.sql("select min(id) from vote where state = 'OPEN'").query(Long.class).single();
        sendAndFollow(post("/votes/" + vote + "/manage/closing").param("form", "closing")
                        .param("closesAt", "2020-01-01T18:00").param("reason", "业主出差较多，延长一周"), "rc.staff")
                .andExpect(content().string(containsString("id=\"problems\"")))
                .andExpect(content().string(containsString("value=\"业主出差较多，延长一周\"")))
                .andExpect(content().string(containsString("value=\"2020-01-01T18:00\"")));
    }
}
