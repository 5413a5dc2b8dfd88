package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;

/** A resident on a phone picks a place for the Swan Lake feeding station, confirms, and sees they have voted. */
class ResidentVotesOnPhoneTest extends BrowserTest {

    @Autowired
    Voting voting;

    @Test
    void resident_casts_a_ballot_on_the_phone() {
        long grid = VoteFixtures.gridOf(jdbc, VoteFixtures.accountResident(jdbc, "resident"));
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.SINGLE,
                List.of("北岸亲水平台", "东侧小桥边", "南岸草坪"), new VoteScope(VoteScope.Kind.GRIDS, Set.of(grid)), false));
        voting.open(staff(), id);
        signIn("resident");

        open("/votes");
        assertAccessible();
        screenshot("votes-list");
        assertThat(page.locator("#votes")).containsText("表决截止：");
        open("/votes/" + id);
        assertThat(page.locator("#vote-deadline")).containsText("表决截止：");
        assertThat(page.locator("#vote-deadline")).containsText("还剩 7 天");
        assertThat(page.locator("#ballot-deadline")).isVisible();
        assertAccessible();
        screenshot("vote-choose");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("东侧小桥边")).click();
        assertThat(page.locator("#confirm")).containsText("东侧小桥边");
        assertAccessible();
        screenshot("vote-confirm");
        page.locator("#confirm-submit").click();

        assertThat(page.locator("#voted")).isVisible();
        assertThat(page.locator("#my-ballot")).containsText("东侧小桥边");
        assertThat(page.locator("#option-counts")).containsText("1 票");
        assertAccessible();
        screenshot("vote-voted");
    }
}
