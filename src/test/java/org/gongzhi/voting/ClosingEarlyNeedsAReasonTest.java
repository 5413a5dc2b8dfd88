package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.VoteRefused;
import org.gongzhi.voting.vote.Votes;

/**
 * Issue 17, item 4: a vote whose count shows while open closes only at its closing time; one with hidden results may
 * close early with a reason, which its record shows; a hidden count shows to nobody, staff included, until the close.
 */
class ClosingEarlyNeedsAReasonTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    Votes votes;

    @Autowired
    AuditTrail audit;

    private long openVote(boolean hidden) {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(4L)), hidden));
        voting.open(staff(), id);
        voting.enter(staff(), id, VoteFixtures.electors(jdbc, id).getFirst(), paper(Answer.AGREE));
        return id;
    }

    @Test
    void a_vote_whose_count_shows_cannot_close_before_its_closing_time_even_with_a_reason() throws Exception {
        long id = openVote(false);
        assertThatThrownBy(() -> voting.close(staff(), id, "票数已经够了"))
                .isInstanceOf(VoteRefused.class).extracting("code").isEqualTo("vote.refused.earlyCloseVisible");
        mvc.perform(post("/api/v1/votes/" + id + "/close").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"票数已经够了\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.earlyCloseVisible"));
        mvc.perform(post("/votes/" + id + "/manage/close").with(as("rc.staff")).with(csrf()).param("reason", "够了"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", containsString("不能提前结束")));
        mvc.perform(get("/votes/" + id + "/manage").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"close-at-deadline\"")))
                .andExpect(content().string(not(containsString("id=\"close-vote\""))));
        assertThat(votes.get(1, id).state()).isEqualTo(VoteState.OPEN);

        VoteFixtures.passClosingTime(jdbc, id);
        assertThat(voting.close(staff(), id).participating().persons()).isEqualTo(1);
        assertThat(votes.earlyCloseReason(1, id)).isEmpty();
    }

    @Test
    void a_vote_with_hidden_results_closes_early_only_with_a_reason_that_its_record_shows() throws Exception {
        long id = openVote(true);
        assertThatThrownBy(() -> voting.close(staff(), id, " ")).isInstanceOf(InvalidInput.class);
        mvc.perform(post("/api/v1/votes/" + id + "/close").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(votes.get(1, id).state()).isEqualTo(VoteState.OPEN);

        mvc.perform(post("/api/v1/votes/" + id + "/close").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"街道通知暂停此事项\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedEarlyReason").value("街道通知暂停此事项"));
        mvc.perform(get("/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"closed-early\"")))
                .andExpect(content().string(containsString("街道通知暂停此事项")));
        assertThat(audit.of("vote", id)).filteredOn(e -> e.action().equals("VOTE_CLOSED_EARLY")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("街道通知暂停此事项"));
    }

    @Test
    void a_hidden_count_shows_to_nobody_before_the_close_staff_included() throws Exception {
        long id = openVote(true);
        for (String who : List.of("rc.staff", "resident", "admin")) {
            mvc.perform(get("/api/v1/votes/" + id + "/tally").with(as(who)))
                    .andExpect(status().is4xxClientError());
        }
        mvc.perform(get("/votes/" + id + "/manage").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results-hidden\"")))
                .andExpect(content().string(not(containsString("id=\"outcome\""))))
                .andExpect(content().string(containsString("id=\"f-close-reason\"")));
        mvc.perform(get("/votes/" + id).with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"outcome\""))));
    }
}
