package org.gongzhi.renewal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** On a phone and without signing in, a visitor reads the board, filters it and opens the crowdfunded court. */
class VisitorReadsPublicBoardTest extends BrowserTest {

    @Test
    void a_visitor_reads_the_board_and_a_project_without_signing_in() {
        open("/projects");
        assertThat(page).hasURL(Pattern.compile(".*/projects$"));
        assertThat(page.locator("#board-totals")).isVisible();
        // the lights among the lighting projects: other tests add projects, which may fill the board's first page
        open("/projects?kind=LIGHTING");
        assertThat(page.locator("#projects")).containsText("公共照明灯修复");
        open("/projects");
        assertThat(page.locator("#new-project")).hasCount(0);
        assertThat(page.locator("#board-sources")).containsText("居民众筹");
        assertAccessible();
        screenshot("renewal-board-visitor");

        page.getByLabel("项目类别").selectOption("SPORTS");
        page.locator("form.filter button[type=submit]").click();
        assertThat(page.locator("#projects li")).hasCount(1);
        page.locator("#projects a").first().click();
        assertThat(page.locator("h1")).hasText("众筹改造篮球场");
        assertThat(page.locator("#campaign")).isVisible();
        assertThat(page.locator("#sign-in-to-act")).isVisible();
        assertThat(page.locator("#history")).hasCount(0);
        assertThat(page.locator("#spending-form")).hasCount(0);
        assertThat(page.locator("#funding-lines")).containsText("物业");
        assertThat(page.locator("#funding-lines")).containsText("居民众筹");
        assertThat(page.locator("#funding-form")).hasCount(0);
        assertAccessible();
        screenshot("renewal-project-visitor");
    }
}
