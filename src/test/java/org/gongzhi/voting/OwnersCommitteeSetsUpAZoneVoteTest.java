package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * The North-zone owners' committee member sets up an owners' vote on a 360-px phone: the form offers the North zone's
 * buildings only, the whole zone in one tick, and the vote then names where it applies.
 */
class OwnersCommitteeSetsUpAZoneVoteTest extends BrowserTest {

    @Test
    void the_member_ticks_the_whole_north_zone_and_the_vote_says_so() {
        usePhone(360, 780);
        signIn("oc.member");
        open("/votes/new");
        assertThat(page.locator("#f-scopeKind-COMMUNITY")).hasCount(0);
        assertThat(page.locator(".vote-scope-zone legend")).hasText("北区");
        assertThat(page.locator("#f-scopeKind-BUILDINGS")).isChecked();
        page.getByLabel("业主共同决定", new Page.GetByLabelOptions().setExact(true)).check();
        String title = "北区外墙修缮 " + UUID.randomUUID().toString().substring(0, 4);
        page.locator("#f-title").fill(title);
        page.locator("#f-matterItem").selectOption("5");
        page.getByLabel(Pattern.compile("北区全部 \\d+ 栋楼")).check();
        assertAccessible();
        screenshot("vote-new-zone-360");
        page.locator("#new-vote button[type=submit]").click();

        assertThat(page.locator(".flash").first()).containsText("表决已保存为草稿");
        assertThat(page.locator("#vote-scope")).containsText("北区全部楼栋");
        assertAccessible();
        screenshot("vote-manage-zone-360");
    }
}
