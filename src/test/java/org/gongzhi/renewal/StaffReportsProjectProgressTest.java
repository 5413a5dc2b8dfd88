package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Property staff post progress with a photo and a payment on a phone; a resident then sees the progress bar. */
class StaffReportsProjectProgressTest extends BrowserTest {

    /** A photo of the site: grass, a path and a new railing, drawn in code. */
    private static byte[] sitePhoto() throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x7cb342));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0xbdbdbd));
        g.fillRect(0, 250, 640, 90);
        g.setColor(new Color(0x5d4037));
        for (int x = 20; x < 640; x += 60) {
            g.fillRect(x, 150, 10, 100);
        }
        g.fillRect(0, 160, 640, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void property_staff_post_progress_and_a_resident_sees_the_bar() throws Exception {
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        String title = "楼道扶手加装 " + UUID.randomUUID().toString().substring(0, 4);
        long id = ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"%s","place":"7号楼","budget":"8000","fundingSource":"社区公益金",
                 "responsibilities":"物业施工；楼组长验收"}""".formatted(title)).andExpect(status().isCreated()));
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/start", null).andExpect(status().isOk());
        // spending is booked against a funding line; this one holds more than the budget, so the payment below passes
        // the budget (shown as over budget) but not its line
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/funding-lines",
                "{\"source\":\"OTHER\",\"amount\":\"9000\"}").andExpect(status().isCreated());

        signIn("pm.staff");
        open("/projects/" + id);
        assertAccessible();
        page.locator("#f-percent").fill("55");
        page.locator("#f-note").fill("1–4 层扶手已安装，5–6 层材料到场");
        page.locator("#f-photo").setInputFiles(new FilePayload("site.png", "image/png", sitePhoto()));
        page.getByText("发布进度").click();
        assertThat(page.locator(".flash")).hasText("进度已发布");
        Locator update = page.locator("#timeline li").first();
        assertThat(update).containsText("完成 55%");
        // the photo loads lazily, once it comes near the screen
        update.locator("img").scrollIntoViewIfNeeded();
        assertThat(update.locator("img")).isVisible();

        page.locator("#f-percent").fill("30");
        page.locator("#f-note").fill("填错了");
        page.getByText("发布进度").click();
        assertThat(page.locator("#problems")).containsText("进度不能倒退：当前已完成 55%");
        assertAccessible();

        page.locator("#f-amount").fill("8000.50");
        page.locator("#f-payee").fill("五金建材店");
        page.locator("#f-purpose").fill("不锈钢扶手 24 米");
        page.getByText("登记支出", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).last().click();
        assertThat(page.locator(".flash")).hasText("支出已登记");
        assertThat(page.locator("#spending-total")).hasText("8,000.50");
        assertThat(page.locator("#project-spent")).containsText("超出预算");
        assertAccessible();
        screenshot("project-staff");

        context.clearCookies();
        signIn("resident");
        open("/projects");
        Locator card = page.locator("#project-" + id);
        assertThat(card).containsText(title);
        assertThat(card.locator("progress")).hasAttribute("value", "55");
        assertThat(card).containsText("完成 55%");
        assertThat(card.locator(".over-budget").first()).containsText("已支出 8,000.50 元");
        assertAccessible();
        screenshot("projects-resident");
        card.locator("a.row").click();
        assertThat(page.locator("#progress")).containsText("1–4 层扶手已安装");
        assertThat(page.locator("#project-manage")).hasCount(0);
        assertThat(page.locator("#spending-form")).hasCount(0);
        assertAccessible();
        screenshot("project-resident");
    }
}
