package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Paths;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.voting.tally.MatterItem;

/**
 * An elderly owner votes in care mode (关怀模式) on a 360-px phone: the page says in words how far the vote has come,
 * with the arithmetic one tap away, and after the owner taps 同意 the page opens at the confirm step, its button on
 * the screen.
 */
class ElderlyVoterConfirmsInCareModeTest extends BrowserTest {

    @Autowired
    Voting voting;

    @Test
    void after_choosing_the_confirm_button_is_on_the_screen_and_the_tally_is_in_words() {
        long building = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "resident"));
        long id = voting.create(VoteFixtures.staff(),
                VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(building), false));
        voting.open(VoteFixtures.staff(), id);
        usePhone(360, 780);
        useCareMode();
        signIn("resident");
        open("/votes/" + id);

        assertThat(page.locator("#arithmetic")).containsText("位业主参加");
        assertThat(page.locator("#arithmetic")).containsText("需要至少 2/3");
        assertThat(page.locator("#arithmetic code").first()).isHidden();
        assertAccessible();
        screenshot("vote-care-choose-360");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意").setExact(true)).click();

        assertThat(page.locator("#confirm")).containsText("您选择了：同意");
        assertThat(page.locator("#confirm-submit")).isInViewport();
        assertAccessible();
        screenshot("vote-care-confirm-360");
        if (SCREENSHOTS) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots",
                    "vote-care-confirm-360-as-seen.png")));
        }
        page.locator("#confirm-submit").click();

        assertThat(page.locator("#voted")).isVisible();
        page.locator("#arithmetic summary").first().click();
        assertThat(page.locator("#arithmetic code").first()).isVisible();
        screenshot("vote-care-voted-360");
    }
}
