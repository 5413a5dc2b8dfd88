package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.tally.MatterItem;

/**
 * On a phone, an owners' committee member opens a closed vote's owners' roll, finds the owners of one building and
 * runs a recount, which agrees with the published result; an owner opens the same roll and sees only their own entry.
 */
class OwnersCommitteeAuditsTheRollTest extends BrowserTest {

    @Autowired
    Voting voting;

    private long closedVote(long building) {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(building), false));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        for (int i = 0; i < 8; i++) {
            voting.enter(staff(), id, electors.get(i), paper(i < 6 ? Answer.AGREE : Answer.DISAGREE));
        }
        VoteFixtures.passClosingTime(jdbc, id);
        voting.close(staff(), id);
        return id;
    }

    @Test
    void the_owners_committee_finds_a_buildings_owners_and_recounts() {
        long building = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "oc.member"));
        int number = jdbc.sql("select number from register_building where id = ?").param(building)
                .query(Integer.class).single();
        long id = closedVote(building);
        usePhone(390, 844);
        signIn("oc.member");
        open("/votes/" + id);
        page.locator("#electorate-link").click();

        assertThat(page.locator("h1")).hasText("业主名册");
        assertThat(page.locator("#electorate-total")).containsText("人");
        page.locator("#building").fill(String.valueOf(number));
        page.locator("#electorate-filter button[type=submit]").click();
        assertThat(page.locator("#electorate-entries li.elector").first()).containsText(number + "-");
        assertThat(page.locator("#electorate-entries")).containsText("已参与表决");
        assertAccessible();
        screenshot("electorate-oc-390");

        page.locator("#recount").click();
        assertThat(page.locator("#recount-verdict")).containsText("完全一致");
        assertThat(page.locator("#recount-agreeing")).containsText("6 人");
        assertAccessible();
        screenshot("recount-oc-390");
    }

    @Test
    void an_owner_sees_their_own_entry_only() {
        long resident = VoteFixtures.accountResident(jdbc, "resident");
        long id = closedVote(VoteFixtures.buildingOf(jdbc, resident));
        usePhone(360, 780);
        signIn("resident");
        open("/votes/" + id);
        page.locator("#electorate-link").click();

        assertThat(page.locator("#own-only")).isVisible();
        assertThat(page.locator("#electorate-entries li.elector")).hasCount(1);
        assertThat(page.locator("#electorate-filter")).hasCount(0);
        assertThat(page.locator("#electorate-export")).hasCount(0);
        assertAccessible();
        screenshot("electorate-own-360");
    }
}
