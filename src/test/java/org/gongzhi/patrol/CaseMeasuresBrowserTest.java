package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.WorkOrders;

/** Residents' committee staff read the month's measures on a phone and open the cases behind a figure. */
class CaseMeasuresBrowserTest extends BrowserTest {

    @Autowired
    WorkOrders orders;

    @Autowired
    CasePlaces places;

    @Test
    void rc_staff_open_the_cases_behind_the_on_time_close_rate() {
        var seeded = new CaseMeasuresFixtures(orders, places, jdbc, 2035).seed();
        signIn("rc.staff");
        open("/patrols/measures?year=2035&month=3");
        assertThat(page.locator("h1").textContent()).isEqualTo("工单办理指标");
        assertThat(page.locator("#by-grid-table").textContent()).contains("50.0%", "100.0%");
        screenshot("case-measures-phone");
        assertAccessible();

        // the first grid's on-time close rate: one of its two cases due in March closed by the deadline
        page.locator("#by-grid-table tbody tr").first().locator("td:nth-child(4) a").first().click();
        page.waitForURL("**/cases?measure=CLOSED_ON_TIME**");
        assertThat(page.url()).contains("from=2035-03", "to=2035-03", "grid=" + seeded.gridA());
        assertThat(page.locator("#measure-filter").textContent()).contains("到期且按期结案");
        assertThat(page.locator("#cases li").count()).isEqualTo(1);
        assertThat(page.locator("#cases a").getAttribute("href")).isEqualTo("/cases/" + seeded.onTime());
        screenshot("case-measures-cases-phone");
        assertAccessible();
    }
}
