package org.gongzhi.community;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** A resident scans the QR code in the stairwell with a phone and finds the Party organisation serving it. */
class ResidentOpensStairwellCardTest extends BrowserTest {

    @Test
    void anyone_scanning_the_code_sees_who_serves_the_stairwell_with_masked_phones() throws Exception {
        byte[] png = page.request().get(baseUrl() + "/s/AY-1-1/qr.png").body();
        String scanned = QrCodesTest.decode(ImageIO.read(new ByteArrayInputStream(png)));
        assertThat(scanned).endsWith("/s/AY-1-1");
        page.navigate(scanned);
        assertThat(page.locator("h1")).containsText("1号楼1单元");
        assertThat(page.locator("main")).containsText("第一网格党支部");
        assertThat(page.locator("main")).containsText("1号楼楼组党小组");
        assertThat(page.locator("a[href^='tel:']")).hasCount(0);
        assertAccessible();
        screenshot("stairwell-card-public");
    }

    @Test
    void a_neighbour_signed_in_can_call_the_volunteers() {
        signIn("resident");
        assertAccessible();
        screenshot("home-resident");
        page.getByText("打开我的楼道卡片").click();
        assertThat(page.locator("h1")).containsText("1号楼1单元");
        assertThat(page.locator("a[href^='tel:']").first()).isVisible();
        screenshot("stairwell-card-neighbour");
    }

    @Test
    void care_mode_makes_the_card_larger_and_stays_on() {
        open("/s/AY-2-1");
        page.getByText("开启关怀模式（大字）").click();
        assertThat(page.locator("body")).hasClass("care");
        open("/s/AY-2-2");
        assertThat(page.locator("body")).hasClass("care");
        assertAccessible();
        screenshot("stairwell-card-care-mode");
    }
}
