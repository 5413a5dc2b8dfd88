package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.shared.jdbc.BulkCopy;

/**
 * Paper ballots entered through the API, as bench/writes.sh sends them a thousand a second: the bearer's token with
 * its account, its lock and its roles, the vote with its options and scope, then the ballot (whose insert checks that
 * the elector is the vote's) and its claim as the elector's current ballot with the vote's row held. Each is a round
 * trip to the database, so each one more costs every ballot (ten before 2026-12-05, then six, then four with a
 * transaction to begin and commit; now three on PostgreSQL, where the hold, the ballot and the claim are one statement
 * that commits on its own). On H2 the vote is read again with its row held, in a transaction.
 */
class ABallotTakesFewStatementsTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void a_paper_ballot_entered_by_staff_takes_three_statements_on_postgresql() throws Exception {
        String token = bearerToken("rc.staff");
        long vote = jdbc.sql("""
                select v.id from vote v where v.community_id = 1 and v.state = 'OPEN'
                and v.choice_type = 'AGREE_DISAGREE_ABSTAIN' and exists (select 1 from vote_elector e
                where e.vote_id = v.id) order by v.id limit 1""").query(Long.class).single();
        List<Long> electors = jdbc.sql("""
                select e.id from vote_elector e where e.vote_id = ? and not exists
                (select 1 from current_ballot c where c.vote_id = e.vote_id and c.elector_id = e.id) order by e.id
                limit 2""").param(vote).query(Long.class).list();
        enter(token, vote, electors.get(0), AGREE); // the token's first use is recorded (once a minute at most)

        List<String> statements = StatementCounter.statementsDuring(() -> enter(token, vote, electors.get(1), AGREE));

        String all = String.join("\n", statements);
        assertThat(statements.subList(0, 2)).as(all).satisfiesExactly(
                s -> assertThat(s).contains("from api_token"),
                s -> assertThat(s).startsWith("select id, community_id, kind").doesNotContain(" for "));
        if (BulkCopy.isPostgres(dataSource)) {
            assertThat(statements).as(all).hasSize(3);
            assertThat(statements.get(2)).as("outside any transaction: it commits on its own\n" + all)
                    .startsWith("with wanted as (select * from unnest(").contains("from vote where", "for share",
                            "insert into ballot", "insert into ballot_option", "insert into current_ballot");
        } else {
            assertThat(statements.subList(2, statements.size())).as(all).satisfiesExactly(
                    s -> assertThat(s).startsWith("tx: select id, community_id, kind").endsWith(" for update"),
                    s -> assertThat(s).startsWith("tx: insert into ballot"),
                    s -> assertThat(s).startsWith("tx: insert into current_ballot"));
        }
    }

    @Test
    void the_option_chosen_is_written_with_the_ballot_and_counts_once() throws Exception {
        String token = bearerToken("rc.staff");
        long vote = jdbc.sql("""
                select v.id from vote v where v.community_id = 1 and v.state = 'OPEN' and v.choice_type = 'SINGLE'
                and exists (select 1 from vote_elector e where e.vote_id = v.id) order by v.id limit 1""")
                .query(Long.class).single();
        int last = jdbc.sql("select max(position) from vote_option where vote_id = ?").param(vote)
                .query(Integer.class).single();
        List<Long> electors = jdbc.sql("""
                select e.id from vote_elector e where e.vote_id = ? and not exists
                (select 1 from current_ballot c where c.vote_id = e.vote_id and c.elector_id = e.id) order by e.id
                limit 1""").param(vote).query(Long.class).list();

        long ballot = enter(token, vote, electors.getFirst(), "\"options\":[%d]".formatted(last));

        assertThat(jdbc.sql("select position from ballot_option where ballot_id = ?").param(ballot)
                .query(Integer.class).list()).containsExactly(last);
        assertThat(jdbc.sql("select ballot_id from current_ballot where vote_id = ? and elector_id = ?")
                .params(vote, electors.getFirst()).query(Long.class).list()).containsExactly(ballot);
        mvc.perform(post("/api/v1/votes/" + vote + "/ballots").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body(electors.getFirst(), "\"options\":[1]")))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ? and elector_id = ?")
                .params(vote, electors.getFirst()).query(Long.class).single()).as("the refused one left nothing")
                .isOne();
    }

    private static final String AGREE = "\"answer\":\"AGREE\"";

    private static String body(long elector, String choice) {
        return """
                {"electorId":%d,%s,"channel":"PAPER","evidence":"纸质表决票 %d"}""".formatted(elector, choice, elector);
    }

    /** Enters the elector's paper ballot; its id. */
    private long enter(String token, long vote, long elector, String choice) {
        try {
            String answer = mvc.perform(post("/api/v1/votes/" + vote + "/ballots")
                            .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                            .content(body(elector, choice)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return ((Number) JsonPath.read(answer, "$.ballotId")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
