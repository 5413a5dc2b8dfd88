package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.voting.tally.MatterItem;

/**
 * The North zone owners' committee enters a paper ballot, extends the voting period, closes an owners' vote and
 * downloads the notice.
 */
class OwnersCommitteeClosesVoteTest extends BrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Voting voting;

    @Test
    void owners_committee_enters_a_paper_ballot_closes_the_vote_and_downloads_the_notice() throws Exception {
        long building = VoteFixtures.buildingOf(jdbc, VoteFixtures.accountResident(jdbc, "oc.member"));
        long id = voting.create(VoteFixtures.staff(),
                VoteFixtures.owners(MatterItem.COMMON_PARTS_CHANGE_OF_USE, Set.of(building), false));
        voting.open(VoteFixtures.staff(), id);
        String address = jdbc.sql("""
                select b.number || '-' || s.unit_number || '-' || u.room from vote_elector_unit eu
                join unit u on u.id = eu.unit_id join stairwell s on s.id = u.stairwell_id
                join building b on b.id = s.building_id where eu.vote_id = ? order by u.id limit 1""")
                .param(id).query(String.class).single();
        signIn("oc.member");

        open("/votes/new");
        assertAccessible();
        open("/votes/" + id + "/manage?address=" + address);
        assertAccessible();
        screenshot("vote-manage-find");
        var card = page.locator("form[id^=ballot-]").first();
        card.getByLabel("投票方式").selectOption("PAPER");
        card.getByLabel("意见").selectOption("AGREE");
        card.getByLabel("凭证").fill("纸质表决票 第0001号");
        card.getByText("录入选票").click();
        assertThat(page.locator(".flash").first()).containsText("选票已录入");
        assertThat(page.locator("#turnout")).containsText("1 /");
        assertAccessible();
        screenshot("vote-manage-entered");

        ZonedDateTime later = voting.visible(VoteFixtures.staff(), id).closesAt().atZoneSameInstant(SHANGHAI)
                .plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        assertThat(page.locator("#vote-deadline")).containsText("表决截止：");
        page.locator("#f-closesAt").fill(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(later));
        page.locator("#f-closing-reason").fill("部分业主出差，延长三天");
        page.locator("#extend-vote").click();
        assertThat(page.locator(".flash").first()).containsText("截止时间已更新");
        assertThat(page.locator("#vote-deadline"))
                .containsText("表决截止：" + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(later));
        assertAccessible();
        screenshot("vote-manage-extended");

        // the count shows while the vote is open: it cannot be closed before its closing time (issue 17, item 4)
        assertThat(page.locator("#close-at-deadline")).containsText("不能提前结束");
        assertThat(page.locator("#close-vote")).hasCount(0);
        screenshot("vote-manage-closes-at-deadline");
        VoteFixtures.passClosingTime(jdbc, id);
        page.reload();
        page.locator("#close-vote").click();
        assertThat(page.locator("#vote-state")).hasText("已结束");
        page.locator("#publish-notice").click();
        assertThat(page.locator("#vote-state")).hasText("已公告");
        assertThat(page.locator("#outcome")).isVisible();
        assertThat(page.locator("#vote-period")).containsText("表决期间：");
        assertAccessible();
        screenshot("vote-manage-published");

        Download download = page.waitForDownload(() -> page.locator("#notice-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(VoteApiTest.render(pdf, "vote-notice")).isGreaterThan(1000);
    }
}
