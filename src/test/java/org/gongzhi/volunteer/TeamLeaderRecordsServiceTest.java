package org.gongzhi.volunteer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone: the elderly-service team's leader accepts a request, records a member's hours and corrects them; then downloads her own certificate. */
class TeamLeaderRecordsServiceTest extends BrowserTest {

    @Test
    void the_leader_accepts_records_and_corrects_then_downloads_her_certificate() {
        signIn("resident");
        open("/volunteers");
        assertAccessible();
        screenshot("volunteers");
        page.locator("#teams a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("为老服务党员志愿队")).click();
        assertThat(page.locator("#record")).isVisible();

        Locator request = page.locator("#requests li").first();
        String asking = request.locator(".name").textContent();
        request.getByText("同意").click();
        assertThat(page.locator(".flash")).hasText("已同意入队。");

        page.locator("#f-residentId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(asking));
        page.locator("#f-minutes").fill("0");
        page.locator("#f-activity").fill("陪独居老人去医院复诊");
        page.locator("#record form").evaluate("f => f.noValidate = true");
        page.locator("#record-service").click();
        assertThat(page.locator(".problems")).containsText("时长（分钟）");
        assertThat(page.locator("#f-activity")).hasValue("陪独居老人去医院复诊");

        page.locator("#f-minutes").fill("150");
        page.locator("#record-service").click();
        assertThat(page.locator(".flash")).hasText("服务时长已登记。");
        Locator entry = page.locator("#service li").first();
        assertThat(entry).containsText(asking);
        assertThat(entry).containsText("2 小时 30 分");
        assertAccessible();
        screenshot("volunteer-team");

        entry.locator("summary").click();
        entry.locator("input[name=minutes]").fill("120");
        entry.locator("input[name=reason]").fill("按签到表实为两小时");
        entry.getByText("提交更正").click();
        assertThat(page.locator(".flash")).containsText("已更正");
        assertThat(page.locator("#service li").first()).containsText("2 小时 0 分");
        assertThat(page.locator("#service li").nth(1)).containsText("已更正，不计入");

        open("/volunteers/me");
        assertThat(page.locator("#standing")).containsText("二星志愿者");
        assertAccessible();
        screenshot("volunteer-me");
        Download download = page.waitForDownload(() -> page.locator("#certificate").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("volunteer-certificate.pdf");
    }

    @Test
    void the_leader_visits_an_overdue_elder_and_reports_her_need_as_a_work_order() {
        signIn("resident");
        open("/volunteers");
        page.locator("#teams a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("为老服务党员志愿队")).click();
        page.locator("#care-link").click();
        assertThat(page.locator("#overdue")).isVisible();
        assertAccessible();
        screenshot("care-list");
        page.locator("#overdue li a").first().click();
        assertThat(page.locator("#overdue-mark")).isVisible();
        page.locator("#f-wellbeing").getByText("需要帮助").click();
        page.locator("#f-note").fill("腿脚不便，一周没下楼了");
        page.locator("#f-report").selectOption("FACILITY_DAMAGE");
        page.locator("#record-visit").click();
        assertThat(page.locator(".problems")).containsText("老人提出的需要");
        assertThat(page.locator("#f-note")).hasValue("腿脚不便，一周没下楼了");

        page.locator("#f-need").fill("楼道扶手松动，请物业加固");
        page.locator("#f-report").selectOption("FACILITY_DAMAGE");
        page.locator("#record-visit").click();
        assertThat(page.locator(".flash")).containsText("已报为工单");
        assertThat(page.locator("#overdue-mark")).hasCount(0);
        assertThat(page.locator("#visits li").first()).containsText("楼道扶手松动");
        assertThat(page.locator("#visits li").first().locator("a")).containsText("工单");
        assertAccessible();
        screenshot("care-person");
    }
}
