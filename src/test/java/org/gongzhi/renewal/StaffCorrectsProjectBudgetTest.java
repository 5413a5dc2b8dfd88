package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Committee staff on a phone give a project without a budget its budget; the history shows who, what and why. */
class StaffCorrectsProjectBudgetTest extends BrowserTest {

    @Test
    void staff_correct_the_budget_and_the_history_shows_it() throws Exception {
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        String title = "单元楼道粉刷 " + UUID.randomUUID().toString().substring(0, 4);
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"%s","place":"3号楼","fundingSource":"社区公益金"}""".formatted(title))
                .andExpect(status().isCreated()));

        signIn("rc.staff");
        open("/projects/" + id);
        assertThat(page.locator("#project-budget")).hasText("未定预算");
        page.getByText("修改方案", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        page.locator("#edit-budget").fill("12800.555");
        page.locator("#edit-reason").fill("议事会没有定预算，按物业报价补上");
        page.locator("#plan-submit").click();
        assertThat(page.locator("#e-budget")).containsText("不是有效金额");
        assertThat(page.locator("#edit-reason")).hasValue("议事会没有定预算，按物业报价补上");
        assertAccessible();
        page.locator("#plan-edit").scrollIntoViewIfNeeded();
        screenshot("project-budget-three-decimals");

        page.locator("#edit-budget").fill("12800.5");
        page.locator("#plan-submit").click();
        assertThat(page.locator(".flash")).hasText("方案已修改");
        assertThat(page.locator("#project-budget")).hasText("12,800.50 元");
        Locator latest = page.locator("#history-list li").first();
        assertThat(latest).containsText("方案修改");
        assertThat(latest).containsText("预算：0.00 元 → 12,800.50 元");
        assertThat(latest).containsText("原因：议事会没有定预算，按物业报价补上");
        assertThat(page.locator("#history-list li").last()).containsText("项目立项");
        assertAccessible();
        latest.scrollIntoViewIfNeeded();
        screenshot("project-budget-corrected");
    }
}
