package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone, staff give a project two targets and record what was done; the bar follows, nobody types it. */
class StaffGiveProjectTargetsTest extends BrowserTest {

    @Test
    void staff_give_a_project_two_targets_and_record_progress() throws Exception {
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"北区路灯补装 %s","place":"北区","budget":"9000","kind":"LIGHTING"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 4))).andExpect(status().isCreated()));

        signIn("rc.staff");
        open("/projects/" + id);
        page.locator("#target-add > summary").click();
        page.locator("#f-t-name").fill("补装路灯");
        page.locator("#f-t-unit").fill("盏");
        page.locator("#f-t-planned").fill("40");
        page.locator("#f-t-weight").fill("3");
        page.locator("#target-submit").click();
        assertThat(page.locator(".flash")).hasText("目标已添加");
        page.locator("#target-add > summary").click();
        page.locator("#f-t-name").fill("线路验收");
        page.locator("#target-submit").click();
        assertThat(page.locator("#target-list li")).hasCount(2);
        page.locator("#start").click();

        page.locator("#f-targetId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("补装路灯（盏）"));
        page.locator("#f-quantity").fill("20");
        page.locator("#f-q-note").fill("北区 1–20 号灯杆已补装");
        page.locator("#quantity-submit").click();
        assertThat(page.locator(".flash")).hasText("完成量已登记");
        assertThat(page.locator("#target-list")).containsText("20 / 40 盏");
        assertThat(page.locator("#project-facts")).containsText("完成 37%");
        assertThat(page.locator("#progress-form")).hasCount(0);
        assertAccessible();
        screenshot("renewal-targets-staff");
    }
}
