package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;

/**
 * Paper ballots entered through the API, as bench/writes.sh sends them a thousand a second: the bearer's token with
 * its account, its lock and its roles, the vote with its options and scope read with its row held, the ballot (whose
 * insert checks that the elector is the vote's), and its claim as the elector's current ballot. Each is a round trip
 * to the database, so each one more costs every ballot (ten before 2026-12-05, then six, now four).
 */
class ABallotTakesFewStatementsTest extends IntegrationTest {

    @Test
    void a_paper_ballot_entered_by_staff_takes_four_statements() throws Exception {
        String token = bearerToken("rc.staff");
        long vote = jdbc.sql("""
                select v.id from vote v where v.community_id = 1 and v.state = 'OPEN'
                and v.choice_type = 'AGREE_DISAGREE_ABSTAIN' and exists (select 1 from vote_elector e
                where e.vote_id = v.id) order by v.id limit 1""").query(Long.class).single();
        List<Long> electors = jdbc.sql("""
                select e.id from vote_elector e where e.vote_id = ? and not exists
                (select 1 from current_ballot c where c.vote_id = e.vote_id and c.elector_id = e.id) order by e.id
                limit 2""").param(vote).query(Long.class).list();
        enter(token, vote, electors.get(0)); // the token's first use is recorded (once a minute at most)

        List<String> statements = StatementCounter.statementsDuring(() -> enter(token, vote, electors.get(1)));

        String all = String.join("\n", statements);
        assertThat(statements).as(all).satisfiesExactly(
                s -> assertThat(s).contains("from api_token"),
                s -> assertThat(s).startsWith("tx: select id, community_id, kind").matches("(?s).* for (update|share)"),
                s -> assertThat(s).startsWith("tx: insert into ballot"),
                s -> assertThat(s).startsWith("tx: insert into current_ballot"));
    }

    private void enter(String token, long vote, long elector) {
        try {
            mvc.perform(post("/api/v1/votes/" + vote + "/ballots").header("Authorization", "Bearer " + token)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"electorId":%d,"answer":"AGREE","channel":"PAPER","evidence":"纸质表决票 %d"}"""
                                    .formatted(elector, elector)))
                    .andExpect(status().isCreated());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
