package org.gongzhi.privacy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone: a resident reads their data and asks for a correction; staff see it; the administrator finds the copy. */
class ResidentReadsOwnDataAndAsksForCorrectionTest extends BrowserTest {

    @Test
    void a_resident_reads_their_data_asks_for_a_correction_and_staff_and_the_administrator_see_it() {
        signIn("resident");
        open("/account/data");
        assertThat(page.locator("h1")).containsText("我的个人信息");
        assertThat(page.locator("#section-register")).containsText("居民登记");
        assertThat(page.locator("main")).containsText("****");
        assertAccessible();
        screenshot("my-data");

        page.getByText("信息有误？申请更正").click();
        page.locator("#f-field").selectOption("BIRTH_DATE");
        page.locator("#f-value").fill("1961-05-01");
        page.locator("#f-reason").fill("出生日期登记错了一天，户口本为准");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("已提交更正申请");
        assertThat(page.locator("main")).containsText("待处理");
        assertAccessible();
        screenshot("my-corrections");
        context.clearCookies();

        signIn("rc.staff");
        open("/residents/corrections");
        assertThat(page.locator("main")).containsText("出生日期登记错了一天");
        assertAccessible();
        screenshot("staff-corrections");
        context.clearCookies();

        signIn("admin");
        open("/admin/audit?kind=EXPORT&actor=resident");
        assertThat(page.locator("main")).containsText("PERSONAL_DATA_EXPORTED");
        assertAccessible();
        screenshot("audit-log");
    }
}
