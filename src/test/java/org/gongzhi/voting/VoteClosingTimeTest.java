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

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VoteRefused;

/**
 * The voting period (表决期限): required and far enough ahead when a vote is set up, only ever moved later, no ballot
 * after it even before anyone closes the vote, and the closing job closes exactly the overdue votes, as the system.
 */
class VoteClosingTimeTest extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    VoteQueries voteQueries;
    @Autowired
    Voting voting;

    @Autowired
    AuditTrail audit;

    private ResultActions send(String username, String path, String body) throws Exception {
        return mvc.perform(post(path).with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String local(OffsetDateTime at) {
        return LOCAL.format(at.atZoneSameInstant(SHANGHAI));
    }

    private String apiVote(String closesAt) {
        return """
                {"kind":"RESIDENTS","title":"期限测试","basis":"ADULT","choiceType":"AGREE_DISAGREE_ABSTAIN"%s}"""
                .formatted(closesAt == null ? "" : ",\"closesAt\":\"" + closesAt + "\"");
    }

    @Test
    void the_api_wants_a_closing_time_at_least_an_hour_ahead_and_names_the_field() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        for (String bad : new String[] {null, local(now.minusDays(1)), local(now.plusMinutes(30)), "下周五",
                "2026-13-45T18:00"}) {
            send("rc.staff", "/api/v1/votes", apiVote(bad)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        }
        OffsetDateTime closes = now.plusDays(5).truncatedTo(ChronoUnit.MINUTES);
        String json = send("rc.staff", "/api/v1/votes", apiVote(closes.atZoneSameInstant(SHANGHAI)
                .toOffsetDateTime().toString())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(OffsetDateTime.parse(JsonPath.read(json, "$.closesAt")).toInstant()).isEqualTo(closes.toInstant());
        String local = send("rc.staff", "/api/v1/votes", apiVote(local(closes))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(OffsetDateTime.parse(JsonPath.read(local, "$.closesAt")).toInstant()).isEqualTo(closes.toInstant());
    }

    @Test
    void the_form_offers_a_closing_time_and_names_the_field_when_it_is_missing_past_too_soon_or_unreadable()
            throws Exception {
        mvc.perform(get("/votes/new").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"datetime-local\" name=\"closesAt\" value=\"")));
        OffsetDateTime now = OffsetDateTime.now();
        for (String bad : new String[] {"", local(now.minusHours(2)), local(now.plusMinutes(20)), "明天"}) {
            mvc.perform(post("/votes/new").with(as("rc.staff")).with(csrf()).param("kind", "RESIDENTS")
                            .param("title", "期限表单测试").param("basis", "ADULT")
                            .param("choiceType", "AGREE_DISAGREE_ABSTAIN").param("scopeKind", "COMMUNITY")
                            .param("closesAt", bad))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"e-closesAt\"")));
        }
        mvc.perform(post("/votes/new").with(as("rc.staff")).with(csrf()).param("kind", "RESIDENTS")
                        .param("title", "期限表单测试").param("basis", "ADULT")
                        .param("choiceType", "AGREE_DISAGREE_ABSTAIN").param("scopeKind", "COMMUNITY")
                        .param("closesAt", local(now.plusDays(3))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void staff_extend_an_open_vote_with_a_reason_but_never_shorten_it_nor_change_a_closed_one() throws Exception {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(7L), false));
        voting.open(staff(), id);
        OffsetDateTime closes = votes(id).closesAt();
        String path = "/api/v1/votes/" + id + "/closing";

        send("rc.staff", path, "{\"closesAt\":\"" + local(closes.minusDays(1)) + "\",\"reason\":\"提前\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        send("rc.staff", path, "{\"closesAt\":\"" + local(closes.plusDays(3)) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send("resident", path, "{\"closesAt\":\"" + local(closes.plusDays(3)) + "\",\"reason\":\"x\"}")
                .andExpect(status().is4xxClientError());
        String json = send("rc.staff", path, "{\"closesAt\":\"" + local(closes.plusDays(3))
                + "\",\"reason\":\"纸质票回收需要更多时间\"}").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(OffsetDateTime.parse(JsonPath.read(json, "$.closesAt")).toInstant())
                .isEqualTo(closes.plusDays(3).truncatedTo(ChronoUnit.MINUTES).toInstant());
        assertThat(audit.of("vote", id)).filteredOn(e -> e.action().equals("VOTE_EXTENDED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("纸质票回收需要更多时间"));

        mvc.perform(post("/votes/" + id + "/manage/closing").with(as("rc.staff")).with(csrf())
                        .param("closesAt", local(closes.plusDays(4))).param("reason", "居民要求"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "vote.done.extended"));
        mvc.perform(get("/votes/" + id + "/manage").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"extend-form\"")))
                .andExpect(content().string(containsString("表决截止："
                        + SHOWN.format(closes.plusDays(4).atZoneSameInstant(SHANGHAI)))));

        VoteFixtures.passClosingTime(jdbc, id);
        voting.close(staff(), id);
        send("rc.staff", path, "{\"closesAt\":\"" + local(closes.plusDays(9)) + "\",\"reason\":\"太晚了\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("vote.refused.extendClosed"));
    }

    @Test
    void a_ballot_after_the_closing_time_is_refused_while_the_vote_is_still_open() throws Exception {
        long resident = VoteFixtures.accountResident(jdbc, "resident");
        long grid = VoteFixtures.gridOf(jdbc, resident);
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(grid)),
                false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        jdbc.sql("update vote set closes_at = ? where id = ?").params(OffsetDateTime.now().minusMinutes(1), id)
                .update();

        send("resident", "/api/v1/votes/" + id + "/ballots", "{\"answer\":\"AGREE\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("vote.refused.periodEnded"))
                .andExpect(jsonPath("$.detail", containsString("表决已截止")));
        assertThatThrownBy(() -> voting.enter(staff(), id, elector, paper(Answer.AGREE)))
                .isInstanceOf(VoteRefused.class).hasMessageContaining("voting period ended");
        send("rc.staff", "/api/v1/votes/" + id + "/closing", "{\"closesAt\":\""
                + local(OffsetDateTime.now().plusDays(2)) + "\",\"reason\":\"补救\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("vote.refused.extendEnded"));
        assertThat(votes(id).state()).isEqualTo(VoteState.OPEN);
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ?").param(id).query(Long.class).single())
                .isZero();
        mvc.perform(get("/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已截止，等待计票")))
                .andExpect(content().string(not(containsString("id=\"choose\""))));
        voting.closeOverdue(OffsetDateTime.now());
    }

    @Test
    void the_job_closes_exactly_the_overdue_votes_as_the_system_once_and_the_deciding_vote_adopts_its_proposal()
            throws Exception {
        long proposal = new DecidingProposals(mvc, this::as, jdbc).deciding("期限到自动结束");
        long grid = jdbc.sql("select id from grid where community_id = 1 and number = 4").query(Long.class).single();
        long due = voting.create(staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(grid)),
                false).deciding(proposal));
        voting.open(staff(), due);
        Map<Long, BallotEntry> stack = new LinkedHashMap<>();
        VoteFixtures.electors(jdbc, due).forEach(e -> stack.put(e, paper(Answer.AGREE)));
        voting.enterAll(staff(), due, stack);
        long later = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(8L), false));
        voting.open(staff(), later);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("update vote set closes_at = ? where id = ?").params(now.minusMinutes(5), due).update();
        jdbc.sql("update vote set closes_at = ? where id = ?").params(now.plusMinutes(5), later).update();

        List<Callable<Integer>> jobs = List.of(() -> voting.closeOverdue(now), () -> voting.closeOverdue(now));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(votes(due).state()).isEqualTo(VoteState.CLOSED);
        assertThat(votes(later).state()).isEqualTo(VoteState.OPEN);
        assertThat(audit.of("vote", due)).filteredOn(e -> e.action().equals("VOTE_CLOSE")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
        assertThat(jdbc.sql("select count(*) from vote_tally where vote_id = ?").param(due).query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select state from proposal where id = ?").param(proposal).query(String.class).single())
                .isEqualTo("ADOPTED");
        assertThat(voting.closeOverdue(now)).isZero();

        VoteFixtures.passClosingTime(jdbc, later);
        voting.close(staff(), later);
        assertThat(voting.closeOverdue(now.plusMinutes(10))).isZero();
    }

    @Test
    void a_vote_that_cannot_close_does_not_hold_up_the_votes_after_it() throws Exception {
        long grid = jdbc.sql("select id from grid where community_id = 1 and number = 5").query(Long.class).single();
        long stuck = voting.create(staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(grid)),
                false));
        voting.open(staff(), stuck);
        long after = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(9L), false));
        voting.open(staff(), after);
        // a tally already stored behind the rules' back: storing the real one fails, so the vote cannot close
        jdbc.sql("""
                insert into vote_tally (community_id, vote_id, computed_at, outcome, total_persons, total_area,
                    participating_persons, participating_area, agreeing_persons, agreeing_area, arithmetic)
                values (1, ?, ?, 'PASSED', 0, 0, 0, 0, 0, 0, '')""")
                .params(stuck, OffsetDateTime.now()).update();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("update vote set closes_at = ? where id = ?").params(now.minusMinutes(10), stuck).update();
        jdbc.sql("update vote set closes_at = ? where id = ?").params(now.minusMinutes(5), after).update();

        assertThat(voting.closeOverdue(now)).isOne();

        assertThat(votes(after).state()).isEqualTo(VoteState.CLOSED);
        assertThat(votes(stuck).state()).isEqualTo(VoteState.OPEN);
        jdbc.sql("update vote set closes_at = ? where id = ?").params(now.plusDays(1), stuck).update();
        jdbc.sql("delete from vote_tally where vote_id = ?").param(stuck).update();
    }

    @Test
    void a_draft_whose_closing_time_went_by_can_be_given_a_new_one() throws Exception {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(10L), false));
        jdbc.sql("update vote set closes_at = ? where id = ?").params(OffsetDateTime.now().minusHours(2), id).update();

        send("rc.staff", "/api/v1/votes/" + id + "/closing", "{\"closesAt\":\""
                + local(OffsetDateTime.now().plusDays(5)) + "\",\"reason\":\"草稿放久了，重新定期限\"}")
                .andExpect(status().isOk());
        voting.open(staff(), id);
        assertThat(votes(id).state()).isEqualTo(VoteState.OPEN);
    }

    @Test
    void the_vote_page_the_list_and_the_notice_show_the_closing_time() throws Exception {
        long resident = VoteFixtures.accountResident(jdbc, "resident");
        long grid = VoteFixtures.gridOf(jdbc, resident);
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(grid)),
                false));
        voting.open(staff(), id);
        OffsetDateTime closes = votes(id).closesAt();
        String shown = "表决截止：" + SHOWN.format(closes.atZoneSameInstant(SHANGHAI));
        long days = ChronoUnit.DAYS.between(OffsetDateTime.now().atZoneSameInstant(SHANGHAI).toLocalDate(),
                closes.atZoneSameInstant(SHANGHAI).toLocalDate());

        mvc.perform(get("/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(shown)))
                .andExpect(content().string(containsString("还剩 " + days + " 天")))
                .andExpect(content().string(containsString("id=\"ballot-deadline\"")));
        mvc.perform(get("/votes/" + id).with(as("resident")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Voting closes: "
                        + SHOWN.format(closes.atZoneSameInstant(SHANGHAI)))))
                .andExpect(content().string(containsString(days + " days left")));
        mvc.perform(get("/votes").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(shown)));
        // the home page lists the oldest open votes first: votes other tests leave open may come before this one
        OffsetDateTime firstShown = voteQueries.awaitingBallot(1, resident, 1).items().getFirst().closesAt();
        mvc.perform(get("/").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "表决截止：" + SHOWN.format(firstShown.atZoneSameInstant(SHANGHAI)))));

        VoteFixtures.passClosingTime(jdbc, id);
        voting.close(staff(), id);
        mvc.perform(get("/votes/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"vote-period\"")))
                .andExpect(content().string(containsString("表决期间：")));
    }

    private Vote votes(long id) {
        return voting.visible(staff(), id);
    }
}
