package org.gongzhi.patrol;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** The secretary of grid branch 1, on a phone, moves one of the branch's coming patrols and sees it marked. */
class BranchSecretaryReschedulesPatrolTest extends BrowserTest {

    @Test
    void the_branch_secretary_moves_a_patrol_with_a_reason_and_sees_it_marked_moved() {
        signIn("branch.secretary");

        open("/patrols/schedule");
        assertThat(page.locator("h1")).hasText("网格巡查安排");
        assertThat(page.locator("main")).containsText("第八网格党支部");
        assertAccessible();
        screenshot("patrol-schedule");

        open("/patrols/branches/1");
        assertThat(page.locator("h1")).hasText("第一网格党支部");
        assertThat(page.locator("main")).containsText("第一网格党群服务站");
        assertAccessible();
        screenshot("patrol-branch");

        // the third coming patrol: never one that the API test (2029) or the demo (branches 3 and 5) changes
        String original = page.locator("#f-originalDate option").nth(2).getAttribute("value");
        String moved = LocalDate.parse(original).plusDays(7).toString();
        page.getByLabel("哪一次巡查").selectOption(original);
        page.getByLabel("怎样调整").selectOption("MOVED");
        page.getByLabel("改到哪一天").fill(moved);
        page.getByLabel("原因").fill("与社区议事会时间冲突，顺延一周");
        assertAccessible();
        screenshot("patrol-branch-moving");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存调整")).click();

        assertThat(page.locator(".flash")).containsText("这次巡查已改期");
        assertThat(page.locator("#o-1-" + original)).containsText("已改期");
        assertThat(page.locator("#o-1-" + original + " time").first()).hasAttribute("datetime", moved);
        assertThat(page.locator("#o-1-" + original)).containsText("与社区议事会时间冲突");
        assertThat(page.locator("#history ~ table")).containsText("branch.secretary");
        assertAccessible();
        screenshot("patrol-branch-moved");
    }
}
