package org.gongzhi.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * Staff read the community dashboard on a phone and a desktop and drill into a grid; an anonymous visitor reads the
 * transparency page on a phone. Every page passes axe-core; the charts are drawn from the tables behind them.
 */
class StaffReadsDashboardTest extends BrowserTest {

    @Test
    void staff_read_the_dashboard_on_a_phone_and_drill_into_a_grid() {
        signIn("rc.staff");
        open("/dashboard");
        assertThat(page.locator("h1")).hasText("社区全景");
        assertThat(page.locator("#grids-table tbody tr")).hasCount(15);
        assertThat(page.locator("[data-table='grids-table'].drawn svg")).hasCount(1);
        assertThat(page.locator("#dashboard-map[data-ready=true]")).hasCount(1);
        assertThat(page.locator("#dashboard-map .map-building[data-band='4']").first()).isAttached();
        assertThat(page.locator("#dashboard-map-legend li")).hasCount(6);
        assertAccessible();
        screenshot("dashboard-phone");
        screenshot("dashboard-map-phone", page.locator("section:has(#dashboard-map)"));
        page.locator("#grids-table tbody tr").first().getByRole(com.microsoft.playwright.options.AriaRole.LINK)
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboard/grids/1\\?.*"));
        assertThat(page.locator("h1")).hasText("1 号网格");
        assertThat(page.locator("#stairwells-table tbody tr").first()).isVisible();
        assertThat(page.locator("#dashboard-map[data-ready=true] .map-stairwell").first()).isAttached();
        assertAccessible();
        screenshot("dashboard-grid-phone");
        screenshot("dashboard-grid-map-phone", page.locator("section:has(#dashboard-map)"));
        page.locator("#dashboard-map .map-stairwell").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/s/AY-.*"));
    }

    @Test
    void staff_read_the_dashboard_on_a_desktop_and_a_bad_range_is_explained() {
        usePhone(1280, 900);
        signIn("branch.secretary");
        open("/dashboard?from=2026-06-01&to=2026-01-01");
        assertThat(page.locator("#problems")).containsText("结束日期不能早于开始日期");
        assertThat(page.locator("#grids-table tbody tr")).not().hasCount(15);
        assertAccessible();
        screenshot("dashboard-desktop");
    }

    @Test
    void an_anonymous_visitor_reads_the_transparency_page_on_a_phone() {
        open("/transparency");
        assertThat(page.locator("h1")).hasText("社区公开");
        assertThat(page.locator("#participation-table tbody tr").first()).isVisible();
        assertThat(page.locator("#open-data")).hasAttribute("href", Pattern.compile(".*open-data\\.zip.*"));
        assertAccessible();
        screenshot("transparency-phone");
    }
}
