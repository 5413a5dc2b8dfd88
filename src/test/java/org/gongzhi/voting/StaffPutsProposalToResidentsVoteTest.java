package org.gongzhi.voting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotEntry;

/**
 * Residents' committee staff start the residents' vote from a proposal waiting for its decision, run it, and the
 * proposal is adopted when the vote closes (民事民决); residents read how the demo's central garden was decided.
 */
class StaffPutsProposalToResidentsVoteTest extends BrowserTest {

    @Autowired
    Voting voting;

    @Test
    void staff_start_the_vote_from_the_proposal_and_its_close_adopts_the_proposal() throws Exception {
        long proposal = new DecidingProposals(mvc, this::as, jdbc).deciding("中心广场增设遮阳棚");
        signIn("rc.staff");

        open("/proposals/" + proposal);
        assertThat(page.locator("#proposal-state")).hasText("居民表决中");
        assertThat(page.locator("#decision")).containsText("等待居委会发起表决");
        assertAccessible();
        screenshot("proposal-decision-start-vote");
        page.locator("#start-vote").click();

        assertThat(page.locator("#vote-proposal")).containsText("本次表决决定议题 #" + proposal + " 中心广场增设遮阳棚");
        assertThat(page.locator("#f-title")).hasValue(java.util.regex.Pattern.compile("^中心广场增设遮阳棚"));
        assertThat(page.locator("#f-description")).hasValue(java.util.regex.Pattern.compile("花坛边的步道坑洼"));
        assertAccessible();
        screenshot("vote-new-for-proposal");
        page.locator("#f-basis").selectOption("HOUSEHOLD");
        page.locator("#f-scopeKind-GRIDS").check();
        page.locator("#f-grid-2").check();
        page.locator("#new-vote button[type=submit]").click();

        assertThat(page.locator(".flash").first()).containsText("表决已保存为草稿");
        assertThat(page.locator("#vote-proposal")).containsText("#" + proposal);
        page.locator("#open-vote").click();
        assertThat(page.locator("#vote-state")).hasText("投票中");
        long vote = Long.parseLong(page.url().replaceAll(".*/votes/(\\d+)/manage.*", "$1"));

        Map<Long, BallotEntry> stack = new LinkedHashMap<>();
        VoteFixtures.electors(jdbc, vote).stream().limit(5)
                .forEach(e -> stack.put(e, VoteFixtures.paper(stack.size() == 3 ? Answer.DISAGREE : Answer.AGREE)));
        voting.enterAll(VoteFixtures.staff(), vote, stack);

        open("/votes/" + vote);
        assertThat(page.locator("#vote-proposal a")).hasAttribute("href", "/proposals/" + proposal);
        assertAccessible();
        screenshot("vote-deciding-proposal");
        open("/proposals/" + proposal);
        assertThat(page.locator("#decision-vote-state")).hasText("投票中");
        assertThat(page.locator("#decision")).containsText("表决结束时");

        VoteFixtures.passClosingTime(jdbc, vote);
        open("/votes/" + vote + "/manage");
        page.locator("#close-vote").click();
        assertThat(page.locator("#vote-state")).hasText("已结束");
        page.locator("#vote-proposal a").click();

        assertThat(page.locator("#proposal-state")).hasText("已通过");
        assertThat(page.locator("#decision-outcome")).hasText("表决结果：通过");
        assertThat(page.locator("#decision-vote")).hasAttribute("href", "/votes/" + vote);
        assertThat(page.locator("#timeline")).containsText("居民表决中 → 已通过");
        assertThat(page.locator("#timeline")).containsText("表决 #" + vote + " 通过");
        assertThat(page.locator("#start-vote")).hasCount(0);
        assertAccessible();
        screenshot("proposal-adopted-by-vote");
    }

    @Test
    void a_resident_reads_how_the_central_garden_was_decided() {
        long garden = jdbc.sql("select id from proposal where title = '中心花园设施老旧，希望改造'").query(Long.class)
                .single();
        signIn("resident");
        open("/proposals/" + garden);

        assertThat(page.locator("#proposal-state")).hasText("实施中");
        assertThat(page.locator("#four-answers")).isVisible();
        assertThat(page.locator("#objections li")).hasCount(2);
        assertThat(page.locator("#decision-vote")).hasText("中心花园微更新方案");
        assertThat(page.locator("#decision-vote-state")).hasText("已公告");
        assertThat(page.locator("#decision-outcome")).hasText("表决结果：通过");
        assertThat(page.locator("#timeline")).containsText("居民表决中 → 已通过");
        assertThat(page.locator("#timeline")).containsText("已通过 → 实施中");
        assertAccessible();
        screenshot("proposal-central-garden-decided");
    }
}
