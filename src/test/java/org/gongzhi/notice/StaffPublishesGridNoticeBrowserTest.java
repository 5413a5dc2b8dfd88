package org.gongzhi.notice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * Staff publish a notice to grid 1 on a phone and print its sheet and the stairwell's board; the demo resident of
 * grid 1 sees it among their notices and the unread count in the header drops once they read it.
 */
class StaffPublishesGridNoticeBrowserTest extends BrowserTest {

    private int unread() {
        var badge = page.locator("#inbox-unread");
        return badge.count() == 0 ? 0 : Integer.parseInt(badge.textContent().trim());
    }

    @Test
    void staff_publish_a_grid_notice_print_its_board_and_the_grids_resident_reads_it() {
        String title = "楼道消防检查 " + UUID.randomUUID().toString().substring(0, 4);
        long grid = jdbc.sql("""
                select s.grid_id from identity_account a join register_resident r on r.id = a.resident_id
                join register_stairwell s on s.id = r.stairwell_id where a.username = 'resident'""")
                .query(Long.class).single();
        int gridNumber = jdbc.sql("select number from register_grid where id = ?").param(grid).query(Integer.class)
                .single();
        String stairwell = jdbc.sql("""
                select s.code from identity_account a join register_resident r on r.id = a.resident_id
                join register_stairwell s on s.id = r.stairwell_id where a.username = 'resident'""")
                .query(String.class).single();

        signIn("rc.staff");
        open("/notices/new");
        page.getByLabel("类别").selectOption("SAFETY");
        page.getByLabel("发给").selectOption("GRID:" + grid);
        page.getByLabel("标题").fill(title);
        page.getByLabel("正文").fill("本周六上午检查楼道消防设施，请清理楼道杂物。");
        // pinned, so that it heads the resident's list however many notices other journeys posted
        page.getByText("置顶", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        assertAccessible();
        screenshot("notice-new");
        page.locator("#publish").click();
        page.waitForURL("**/notices/*");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#read-count")).containsText("0 /");
        assertAccessible();
        screenshot("notice-staff");
        page.locator("#print-notice").click();
        page.waitForURL("**/print");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".qr svg")).hasCount(1);
        screenshot("notice-print");
        open("/notices/board?stairwell=" + stairwell);
        assertThat(page.locator("main")).containsText(title);
        screenshot("notice-board");
        context.clearCookies();

        // a household of the grid no other journey reads with: its unread count is this journey's own
        signIn(ownResidentAccount("grid.notice.reader", gridNumber));
        open("/");
        int before = unread();
        assertThat(page.locator("#home-notices")).containsText(title);
        assertThat(page.locator("#home-notices .unread")).not().hasCount(0);
        assertAccessible();
        screenshot("home-notices-resident");
        open("/notices");
        assertThat(page.locator("#notices")).containsText(title);
        assertAccessible();
        screenshot("notices-resident");
        open("/");
        page.locator("#home-notices").getByText(title).click();
        page.waitForURL("**/notices/*");
        assertThat(page.locator("#notice .notice-body")).containsText("消防设施");
        org.assertj.core.api.Assertions.assertThat(unread()).isEqualTo(before - 1);
        String read = "#home-notice-" + page.url().replaceAll(".*/", "");
        open("/");
        assertThat(page.locator(read)).hasCount(1);
        assertThat(page.locator(read + ".unread")).hasCount(0);
        double header = page.locator("header.topbar").boundingBox().height;
        org.assertj.core.api.Assertions.assertThat(header).as("header height on a phone").isLessThan(140);
        assertAccessible();
        open("/inbox");
        assertAccessible();
        screenshot("inbox-resident");
        page.locator("#inbox-settings").click();
        page.waitForURL("**/inbox/settings");
        page.locator("#kind-PROPOSAL_STAGE").getByText("短信").click();
        page.locator("#save-settings").click();
        assertThat(page.locator(".flash")).hasText("消息设置已保存");
        assertThat(page.locator("#kind-PROPOSAL_STAGE input[value='PROPOSAL_STAGE:SMS']")).isChecked();
        assertAccessible();
        screenshot("inbox-settings-resident");
    }
}
