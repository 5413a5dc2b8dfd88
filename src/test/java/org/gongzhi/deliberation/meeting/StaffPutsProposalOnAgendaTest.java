package org.gongzhi.deliberation.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/** Residents' committee staff read a resident's proposal with its discussion and put it on the agenda. */
class StaffPutsProposalOnAgendaTest extends BrowserTest {

    @Test
    void staff_put_a_discussed_proposal_on_the_agenda_of_a_deliberation_meeting() throws Exception {
        String title = "北门增设非机动车停放区 " + UUID.randomUUID().toString().substring(0, 4);
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"北门外电动车乱停，挡住盲道。","category":"PARKING",
                                 "place":"LANDMARK:NORTH_GATE"}""".formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/comments").with(as("oc.member")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"stance\":\"FOR\",\"body\":\"赞成，北门确实很乱\"}"))
                .andExpect(status().isCreated());

        signIn("rc.staff");
        open("/proposals/" + id);
        assertThat(page.locator("#stances")).containsText("赞成 1 · 反对 0 · 中立 0");
        assertThat(page.locator("#comments")).containsText("赞成，北门确实很乱");
        assertAccessible();
        screenshot("proposal-triage");
        page.getByLabel("议事会时间地点（可不填）").fill("12月第二周周四 居委会议事厅");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("列入议事会议程").setExact(true)).click();

        assertThat(page.locator(".flash")).hasText("已列入议事会议程");
        assertThat(page.locator("#proposal-state")).hasText("已列入议程");
        assertThat(page.locator("#proposal-meeting")).hasText("12月第二周周四 居委会议事厅");
        assertThat(page.locator("#timeline")).containsText("征集支持中 → 已列入议程");
        assertThat(page.locator("#timeline")).containsText("居委会 李老师");
        assertThat(page.locator("#triage")).hasCount(0);
        assertAccessible();
        screenshot("proposal-on-agenda");
    }
}
