package org.gongzhi.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * On a phone the home page opens with what asks for the person now: the resident's vote, the plan on notice and
 * the work under way, the statistics folded below; staff open with their to-do counts. Care mode stays readable.
 */
class ResidentSeesWhatWaitsForThemTest extends BrowserTest {

    @Test
    void a_resident_opens_the_vote_waiting_for_them_from_the_home_page() {
        signIn("resident");
        assertThat(page.locator("#today-votes h2")).containsText("待您表决");
        assertThat(page.locator("#today-votes")).containsText("天鹅湖投喂点选址");
        assertThat(page.locator("#today-notices")).containsText("宠邻家");
        assertThat(page.locator("#today-notices")).containsText("还剩");
        assertThat(page.locator("#today-projects progress").first()).isVisible();
        assertThat(page.locator("#overview .grid-figures").first()).isHidden();
        assertAccessible();
        screenshot("today-resident");

        page.locator("#overview summary").click();
        assertThat(page.locator("#overview")).containsText("5,309");

        page.locator("#care-switch button").click();
        try {
            assertThat(page.locator("body")).hasClass("care");
            assertAccessible();
            screenshot("today-resident-care");
        } finally {
            page.locator("#care-switch button").click();
            assertThat(page.locator("body")).not().hasClass("care");
        }

        Locator vote = page.locator("#today-votes a.row").filter(new Locator.FilterOptions().setHasText("天鹅湖"));
        vote.click();
        assertThat(page.locator("h1")).containsText("天鹅湖投喂点选址");
    }

    @Test
    void residents_committee_staff_open_the_proposals_waiting_for_them() {
        signIn("rc.staff");
        assertThat(page.locator("#today-staff")).containsText("条议题等待居委会办理");
        assertThat(page.locator("#today-votes")).hasCount(0);
        assertAccessible();
        screenshot("today-rc-staff");
        page.locator("#todo-triage a").click();
        page.waitForURL(baseUrl() + "/proposals?awaitingCommittee=true");
    }
}
