package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * 民事民决: a residents' vote names the proposal it decides, and closing it adopts the proposal or not, in the same
 * transaction; while it runs, nobody decides the proposal by hand.
 */
class VoteDecidesProposalTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    AuditTrail audit;

    @Autowired
    ProposalHandling proposalSteps;

    @Autowired
    TransactionTemplate transaction;

    private DecidingProposals proposals() {
        return new DecidingProposals(mvc, this::as, jdbc);
    }

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String vote(long proposal, String choiceType) {
        long grid = jdbc.sql("select id from grid where community_id = 1 and number = 2").query(Long.class).single();
        return """
                {"kind":"RESIDENTS","title":"步道修补方案","basis":"HOUSEHOLD","choiceType":"%s",
                 "options":["先修南段","先修北段"],"maxChoices":1,"scopeKind":"GRIDS","scopeIds":[%d],"proposalId":%d,
                 "closesAt":"2099-12-05T18:00"}"""
                .formatted(choiceType, grid, proposal);
    }

    private long created(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
    }

    /** A household vote on the proposal, open, with these paper ballots entered by staff. */
    private long openVoteWith(long proposal, String... answers) throws Exception {
        long id = created(send("rc.staff", "/api/v1/votes", vote(proposal, "AGREE_DISAGREE_ABSTAIN")));
        send("rc.staff", "/api/v1/votes/" + id + "/open", "").andExpect(status().isOk());
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        for (int i = 0; i < answers.length; i++) {
            send("rc.staff", "/api/v1/votes/" + id + "/ballots", """
                    {"electorId":%d,"answer":"%s","channel":"PAPER","evidence":"表决票 第%d号"}"""
                    .formatted(electors.get(i), answers[i], i + 1)).andExpect(status().isCreated());
        }
        return id;
    }

    private String proposalJson(long proposal, String username) throws Exception {
        return mvc.perform(get("/api/v1/proposals/" + proposal).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_vote_names_the_proposal_it_decides_and_both_apis_show_the_link() throws Exception {
        long proposal = proposals().deciding("中心广场步道修补");
        long vote = created(send("rc.staff", "/api/v1/votes", vote(proposal, "AGREE_DISAGREE_ABSTAIN"))
                .andExpect(jsonPath("$.proposalId").value(proposal))
                .andExpect(jsonPath("$.proposalTitle", startsWith("中心广场步道修补"))));

        mvc.perform(get("/api/v1/votes/" + vote).with(as("rc.staff"))).andExpect(jsonPath("$.proposalId").value(proposal));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("rc.staff")))
                .andExpect(jsonPath("$.decidingVote.id").value(vote))
                .andExpect(jsonPath("$.decidingVote.state").value("DRAFT"))
                .andExpect(jsonPath("$.decidingVote.title").value("步道修补方案"));
        // a draft is its organisers' only: residents learn that a vote is coming, not what it says
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.decidingVote.id").value(vote))
                .andExpect(jsonPath("$.decidingVote.visible").value(false))
                .andExpect(jsonPath("$.decidingVote.title").value(nullValue()));
        assertThat(audit.of("vote", vote)).extracting(AuditTrail.AuditEntry::detail)
                .contains("RESIDENTS deciding proposal " + proposal);
    }

    @Test
    void only_a_proposal_waiting_for_the_decision_with_no_other_vote_can_be_decided_and_only_by_a_verdict()
            throws Exception {
        long onAgenda = proposals().onAgenda("南门花坛补种");
        send("rc.staff", "/api/v1/votes", vote(onAgenda, "AGREE_DISAGREE_ABSTAIN")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.proposalNotDeciding"))
                .andExpect(jsonPath("$.detail").value("议题 #" + onAgenda + " 现在不处于居民表决阶段，不能由表决决定"));
        send("rc.staff", "/api/v1/votes", vote(987_654_321L, "AGREE_DISAGREE_ABSTAIN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("proposalId"));

        long proposal = proposals().deciding("南门花坛补种");
        send("rc.staff", "/api/v1/votes", vote(proposal, "SINGLE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("choiceType"))
                .andExpect(jsonPath("$.errors[0].message", containsString("同意 / 不同意 / 弃权")));
        created(send("rc.staff", "/api/v1/votes", vote(proposal, "AGREE_DISAGREE_ABSTAIN")));
        send("rc.staff", "/api/v1/votes", vote(proposal, "AGREE_DISAGREE_ABSTAIN")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("vote.refused.proposalHasVote"));

        assertThat(jdbc.sql("select count(*) from vote where proposal_id = ?").param(proposal).query(Long.class)
                .single()).isOne();
    }

    @Test
    void the_form_starts_from_the_proposal_and_names_the_field_or_the_refusal() throws Exception {
        long proposal = proposals().deciding("楼前步道加装扶手");
        mvc.perform(get("/votes/new").param("proposal", String.valueOf(proposal)).with(as("resident")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/votes/new").param("proposal", String.valueOf(proposal)).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"proposalId\" value=\"" + proposal + "\"")))
                .andExpect(content().string(containsString("本次表决决定议题")))
                .andExpect(content().string(containsString("value=\"楼前步道加装扶手")))
                .andExpect(content().string(containsString("花坛边的步道坑洼，雨天积水。")));

        var form = post("/votes/new").with(as("rc.staff")).with(csrf()).param("kind", "RESIDENTS")
                .param("title", "楼前步道加装扶手").param("basis", "ADULT").param("scopeKind", "GRIDS")
                .param("gridNumbers", "3").param("proposalId", String.valueOf(proposal))
                .param("closesAt", "2099-12-05T18:00");
        mvc.perform(form.param("choiceType", "MULTIPLE").param("options", "南段\n北段").param("maxChoices", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("决定议题的表决须为")))
                .andExpect(content().string(containsString("选择方式")));
        form = post("/votes/new").with(as("rc.staff")).with(csrf()).param("kind", "RESIDENTS")
                .param("title", "楼前步道加装扶手").param("basis", "ADULT").param("scopeKind", "GRIDS")
                .param("gridNumbers", "3").param("proposalId", String.valueOf(proposal))
                .param("closesAt", "2099-12-05T18:00").param("choiceType", "AGREE_DISAGREE_ABSTAIN");
        mvc.perform(form).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/votes/*/manage"));
        mvc.perform(form).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("已有一个尚未结束的表决")));
    }

    @Test
    void closing_a_passing_vote_adopts_the_proposal_as_the_system_naming_the_vote() throws Exception {
        long proposal = proposals().deciding("小区步道照明改造");
        long vote = openVoteWith(proposal, "AGREE", "AGREE", "DISAGREE", "ABSTAIN", "AGREE");

        for (String action : List.of("ADOPT", "NOT_ADOPT")) {
            send("rc.staff", "/api/v1/proposals/" + proposal + "/transitions", "{\"action\":\"" + action + "\"}")
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail", startsWith("表决 #" + vote + " 正在决定这个议题")));
        }
        VoteFixtures.passClosingTime(jdbc, vote);
        send("rc.staff", "/api/v1/votes/" + vote + "/close", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));

        String json = proposalJson(proposal, "resident");
        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("ADOPTED");
        assertThat((String) JsonPath.read(json, "$.decidingVote.outcome")).isEqualTo("PASSED");
        assertThat((String) JsonPath.read(json, "$.decidingVote.state")).isEqualTo("CLOSED");
        assertThat((String) JsonPath.read(json, "$.timeline[-1].action")).isEqualTo("ADOPT");
        assertThat((String) JsonPath.read(json, "$.timeline[-1].actor")).isEqualTo("system");
        assertThat((String) JsonPath.read(json, "$.timeline[-1].reason")).isEqualTo("表决 #" + vote + " 通过");
        assertThat(audit.count("PROPOSAL_ADOPT", "proposal", proposal)).isOne();
        assertThat(audit.of("proposal", proposal)).extracting(AuditTrail.AuditEntry::detail)
                .contains("vote " + vote + " passed", "DECIDING → ADOPTED");

        mvc.perform(get("/proposals/" + proposal).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"decision\"")))
                .andExpect(content().string(containsString("表决结果：通过")))
                .andExpect(content().string(containsString("表决 #" + vote + " 通过")));
    }

    @Test
    void closing_a_failing_vote_leaves_the_proposal_not_adopted() throws Exception {
        long proposal = proposals().deciding("步道改成彩色沥青");
        long vote = openVoteWith(proposal, "AGREE", "DISAGREE", "DISAGREE");
        VoteFixtures.passClosingTime(jdbc, vote);
        send("rc.staff", "/api/v1/votes/" + vote + "/close", "").andExpect(status().isOk());

        String json = proposalJson(proposal, "rc.staff");
        assertThat((String) JsonPath.read(json, "$.state")).isEqualTo("NOT_ADOPTED");
        assertThat((String) JsonPath.read(json, "$.decidingVote.outcome")).isEqualTo("REJECTED");
        assertThat((String) JsonPath.read(json, "$.timeline[-1].reason")).isEqualTo("表决 #" + vote + " 未通过");
        assertThat(audit.count("PROPOSAL_ADOPT", "proposal", proposal)).isZero();
        assertThat(audit.count("PROPOSAL_NOT_ADOPT", "proposal", proposal)).isOne();
    }

    @Test
    void staff_setting_up_votes_and_one_adopting_by_hand_at_once_leave_exactly_one_decider() throws Exception {
        long proposal = proposals().deciding("步道两侧增设路灯");
        Actor rc = staffActor();
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            attempts.add(() -> voting.create(VoteFixtures.staff(), VoteFixtures.residents(ElectorBasis.ADULT,
                    ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), VoteScope.COMMUNITY, false).deciding(proposal)) > 0);
        }
        attempts.add(() -> {
            proposalSteps.transition(rc, proposal, ProposalAction.ADOPT, "居委会直接决定");
            return true;
        });

        List<Boolean> outcomes = Concurrently.steps(attempts.size(), attempts);

        long votes = jdbc.sql("select count(*) from vote where proposal_id = ?").param(proposal).query(Long.class)
                .single();
        String state = jdbc.sql("select state from proposal where id = ?").param(proposal).query(String.class)
                .single();
        assertThat(outcomes.stream().filter(b -> b)).hasSize(1);
        assertThat(votes == 1 ? "DECIDING" : "ADOPTED").isEqualTo(state);
    }

    @Test
    void a_hand_adoption_loaded_before_a_deciding_vote_is_set_up_fails_as_stale() throws Exception {
        long proposal = proposals().deciding("步道边增设垃圾桶");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> adoption = transaction.execute(status -> {
                voting.create(VoteFixtures.staff(), VoteFixtures.residents(ElectorBasis.ADULT,
                        ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), VoteScope.COMMUNITY, false).deciding(proposal));
                // the vote is not committed yet, so the hand adoption sees none and must wait for the held row
                AtomicReference<Thread> worker = new AtomicReference<>();
                Future<?> started = other.submit(() -> {
                    worker.set(Thread.currentThread());
                    proposalSteps.transition(staffActor(), proposal, ProposalAction.ADOPT, "居委会直接决定");
                });
                awaitInsideProposalUpdate(worker, started);
                assertThat(started).isNotDone();
                return started;
            });
            assertThatThrownBy(adoption::get).hasCauseInstanceOf(Refused.class)
                    .hasMessageContaining("changed by someone else");
        } finally {
            other.shutdownNow();
        }
        assertThat(jdbc.sql("select state from proposal where id = ?").param(proposal).query(String.class).single())
                .isEqualTo("DECIDING");
    }

    private static Actor staffActor() {
        return new Actor(1, "rc.staff", "居委会", VoteFixtures.AOYUAN, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
    }

    /** Waits, on the task itself, until the worker is inside the proposal's update or the task has ended. */
    private static void awaitInsideProposalUpdate(AtomicReference<Thread> worker, Future<?> started) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!started.isDone() && !insideProposalUpdate(worker.get())) {
            assertThat(System.nanoTime()).as("the hand adoption reaches the proposal's update").isLessThan(deadline);
            try {
                started.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                // not there yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException ended) {
                return;
            }
        }
    }

    private static boolean insideProposalUpdate(Thread thread) {
        if (thread == null) {
            return false;
        }
        List<StackTraceElement> stack = List.of(thread.getStackTrace());
        return stack.stream().anyMatch(f -> f.getClassName().endsWith(".Proposals")
                && f.getMethodName().equals("save"))
                && stack.stream().anyMatch(f -> f.getClassName().startsWith("org.springframework.jdbc.core."));
    }

    @Test
    void the_close_stands_when_the_proposal_has_moved_on_and_the_proposal_is_left_as_it_is() throws Exception {
        long proposal = proposals().deciding("步道边增设座椅");
        long vote = openVoteWith(proposal, "AGREE");
        // moved behind the rules' back: the vote still closes, and its late decision does not move the proposal
        jdbc.sql("update proposal set state = 'NOT_ADOPTED' where id = ?").param(proposal).update();

        VoteFixtures.passClosingTime(jdbc, vote);
        voting.close(VoteFixtures.staff(), vote);

        assertThat(jdbc.sql("select state from vote where id = ?").param(vote).query(String.class).single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("select state from proposal where id = ?").param(proposal).query(String.class).single())
                .isEqualTo("NOT_ADOPTED");
    }
}
