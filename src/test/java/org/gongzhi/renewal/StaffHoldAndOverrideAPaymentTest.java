package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * On a phone, committee staff book a payment that passes what its funding line has left: it is refused with the line's
 * balance, then held for a second person; the same person cannot let it through, the property company's staff member
 * can, with a reason, and the payment then counts, with its receipt.
 */
class StaffHoldAndOverrideAPaymentTest extends BrowserTest {

    @Test
    void a_payment_over_its_line_waits_for_a_second_staff_member_and_then_counts() throws Exception {
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        String title = "单元门禁更换 " + UUID.randomUUID().toString().substring(0, 4);
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"%s","place":"9号楼","budget":"800"}""".formatted(title)).andExpect(status().isCreated()));
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/funding-lines",
                "{\"source\":\"GOVERNMENT\",\"amount\":\"500\",\"label\":\"街道补贴\"}").andExpect(status().isCreated());

        signIn("rc.staff");
        open("/projects/" + id);
        page.locator("#f-amount").fill("650");
        page.locator("#f-payee").fill("门禁公司");
        page.locator("#f-purpose").fill("门禁主机和读卡器");
        page.locator("#f-receipt").setInputFiles(new FilePayload("receipt.png", "image/png", ProjectFixtures.PNG));
        book();
        assertThat(page.locator("#problems")).containsText("超出这一资金条目的结余（500.00 元）");
        assertThat(page.locator("#spending")).hasCount(0);

        page.locator("#f-amount").fill("650");
        page.locator("#f-payee").fill("门禁公司");
        page.locator("#f-purpose").fill("门禁主机和读卡器");
        page.locator("#f-receipt").setInputFiles(new FilePayload("receipt.png", "image/png", ProjectFixtures.PNG));
        page.locator("#f-over").check();
        book();
        assertThat(page.locator(".flash")).hasText("支出超出资金条目结余，已提交另一位工作人员批准");
        Locator held = page.locator("#held-spending li").first();
        assertThat(held).containsText("650.00 元 · 门禁公司");
        assertThat(page.locator("#spending")).hasCount(0);
        assertAccessible();
        screenshot("spending-held");

        held.locator("textarea").fill("我自己批");
        held.locator("button[type=submit]").click();
        assertThat(page.locator("#refusal")).containsText("超支须由登记人以外的另一位工作人员批准");
        assertThat(page.locator("#held-spending li")).hasCount(1);

        context.clearCookies();
        signIn("pm.staff");
        open("/projects/" + id);
        held = page.locator("#held-spending li").first();
        held.locator("textarea").fill("读卡器涨价，业委会同意");
        held.locator("button[type=submit]").click();
        assertThat(page.locator(".flash")).hasText("超支已批准，计入支出");
        assertThat(page.locator("#held-spending")).hasCount(0);
        Locator row = page.locator("#spending tbody tr").first();
        assertThat(row).containsText("650.00");
        assertThat(row).containsText("读卡器涨价，业委会同意");
        assertThat(page.locator("#spending-total")).hasText("650.00");
        assertAccessible();
        screenshot("spending-overridden");
        assertThat(row.getByText("收据")).isVisible();
        assertThat(page.request().get(baseUrl() + row.getByText("收据").getAttribute("href"))).isOK();
    }

    private void book() {
        page.getByText("登记支出", new Page.GetByTextOptions().setExact(true)).last().click();
    }
}
