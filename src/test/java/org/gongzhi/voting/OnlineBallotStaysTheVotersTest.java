package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.VoteRefused;

/** Issue 17, item 3: a ballot the voter cast online may be changed by nobody else, neither on paper nor by correction. */
class OnlineBallotStaysTheVotersTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    Ballots ballots;

    @Test
    void staff_can_neither_enter_a_paper_ballot_over_an_online_one_nor_correct_it() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(8L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        long resident = VoteFixtures.memberOf(jdbc, id, elector);
        long own = voting.castOwn(VoteFixtures.residentActor(resident), id, Answer.AGREE, Set.of());

        assertThatThrownBy(() -> voting.correct(staff(), id, elector, paper(Answer.DISAGREE), "居民说填错了"))
                .isInstanceOf(VoteRefused.class).extracting("code").isEqualTo("vote.refused.votedOnline");
        assertThatThrownBy(() -> voting.enter(staff(), id, elector, paper(Answer.DISAGREE)))
                .isInstanceOf(VoteRefused.class).extracting("code").isEqualTo("vote.refused.votedOnline");

        assertThat(ballots.current(1, id, elector)).hasValueSatisfying(b -> {
            assertThat(b.id()).isEqualTo(own);
            assertThat(b.answer()).isEqualTo(Answer.AGREE);
            assertThat(b.channel()).isEqualTo(BallotChannel.WEB);
        });
    }

    @Test
    void the_api_answers_409_and_the_page_flashes_that_the_elector_voted_online() throws Exception {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(9L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        voting.castOwn(VoteFixtures.residentActor(VoteFixtures.memberOf(jdbc, id, elector)), id, Answer.AGREE, Set.of());

        mvc.perform(post("/api/v1/votes/" + id + "/ballots").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"electorId":%d,"answer":"DISAGREE","channel":"PAPER","evidence":"表决票 第3号",
                         "reason":"更正"}""".formatted(elector)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.votedOnline"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("已在网上自己投票")));
        mvc.perform(post("/api/v1/votes/" + id + "/ballots").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"electorId":%d,"answer":"DISAGREE","channel":"PAPER","evidence":"表决票 第3号"}"""
                        .formatted(elector)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.votedOnline"));
        mvc.perform(post("/votes/" + id + "/manage/ballots").with(as("rc.staff")).with(csrf())
                .param("electorId", String.valueOf(elector)).param("channel", "PAPER").param("answer", "DISAGREE")
                .param("evidence", "表决票 第4号").param("reason", "更正"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", Matchers.containsString("已在网上自己投票")));
        assertThat(ballots.current(1, id, elector).orElseThrow().channel()).isEqualTo(BallotChannel.WEB);
    }

    @Test
    void a_paper_ballot_can_still_be_corrected_with_its_history() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(10L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        long first = voting.enter(staff(), id, elector, paper(Answer.AGREE));
        long second = voting.correct(staff(), id, elector, paper(Answer.DISAGREE), "录入时看错了格子");
        assertThat(jdbc.sql("select corrects_ballot_id from ballot where id = ?").param(second).query(Long.class)
                .single()).isEqualTo(first);
        assertThat(ballots.current(1, id, elector).orElseThrow().answer()).isEqualTo(Answer.DISAGREE);
    }
}
