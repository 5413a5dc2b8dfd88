package org.gongzhi.deliberation.notice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;
import org.gongzhi.deliberation.meeting.MeetingApiTest;

/**
 * 公示 on a phone: staff put a deliberated plan on notice, a resident objects, staff answer, the resident reads the
 * answer, and the plan cannot go to the residents' decision before the notice period ends.
 */
class StaffPutsPlanOnPublicNoticeTest extends BrowserTest {

    private long deliberatedProposal() throws Exception {
        long id = MeetingApiTest.proposalOnAgenda(mvc, this::as,
                "三号楼楼道灯改造 " + UUID.randomUUID().toString().substring(0, 4));
        mvc.perform(post("/api/v1/proposals/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"DELIBERATE\"}"))
                .andExpect(status().isOk());
        return id;
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void switchTo(String username) {
        context.clearCookies();
        signIn(username);
    }

    @Test
    void staff_put_a_plan_on_notice_a_resident_objects_and_reads_the_answer() throws Exception {
        long id = deliberatedProposal();

        signIn("rc.staff");
        open("/proposals/" + id);
        assertThat(page.locator("#proposal-state")).hasText("已四方商议");
        assertAccessible();
        screenshot("notice-start");
        page.getByLabel("公示天数（1–30 天）").fill("5");
        button("开始公示");
        assertThat(page.locator(".flash")).hasText("方案已公示，公示期内居民可以提出异议");
        assertThat(page.locator("#proposal-state")).hasText("公示中");
        assertThat(page.locator("#notice-period")).containsText("公示期：");
        assertThat(page.locator("#notice-start")).hasCount(0);

        switchTo("resident");
        open("/proposals/" + id);
        assertThat(page.locator("#notice-period")).containsText(Pattern.compile("公示期：\\d{4}-\\d{2}-\\d{2} .* 至 "));
        assertThat(page.locator("#notice")).containsText("公示中，居民可以提出异议");
        assertThat(page.locator("#open-decision")).hasCount(0);
        assertAccessible();
        screenshot("notice-resident");
        page.getByLabel("对方案有异议？请写下来").fill("施工请避开中午休息时间，老人要午睡");
        button("提交异议");
        assertThat(page.locator(".flash")).hasText("异议已提交");
        assertThat(page.locator("#objections")).containsText("施工请避开中午休息时间");
        assertThat(page.locator("#objections")).containsText("待居委会答复");

        switchTo("rc.staff");
        open("/proposals/" + id);
        assertThat(page.locator("#objections")).containsText("施工请避开中午休息时间，老人要午睡");
        screenshot("notice-staff-answers");
        page.locator("#objections textarea").fill("施工安排在 9:00–11:30 和 14:30–17:00，午休时间不施工");
        button("答复");
        assertThat(page.locator(".flash")).hasText("答复已保存");
        assertThat(page.locator("#objections")).containsText("午休时间不施工");

        button("交居民表决");
        assertThat(page.locator("#refusal")).isVisible();
        assertThat(page.locator("#refusal")).containsText(Pattern.compile("公示期到 .* 才结束，结束前不能交付表决"));
        assertThat(page.locator("#proposal-state")).hasText("公示中");
        assertAccessible();
        screenshot("notice-decision-refused");

        switchTo("resident");
        open("/proposals/" + id);
        assertThat(page.locator("#objections")).containsText("居委会答复");
        assertThat(page.locator("#objections")).containsText("施工安排在 9:00–11:30 和 14:30–17:00，午休时间不施工");
        assertAccessible();
        screenshot("notice-resident-reads-answer");
    }
}
