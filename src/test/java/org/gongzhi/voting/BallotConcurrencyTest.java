package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.ballot.Answer;

/** Ballots arriving at the same moment: each voter is counted exactly once, whatever the channels. */
class BallotConcurrencyTest extends IntegrationTest {

    private static final int THREADS = 16;

    @Autowired
    Voting voting;

    @Test
    void a_thousand_voters_voting_at_once_are_each_counted_once() throws Exception {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), VoteScope.COMMUNITY, false));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id).subList(0, 1000);
        List<Callable<Boolean>> ballots = electors.stream()
                .<Callable<Boolean>>map(e -> () -> voting.enter(staff(), id, e, paper(Answer.AGREE)) > 0).toList();

        List<Boolean> outcomes = Concurrently.steps(THREADS, ballots);

        assertThat(outcomes).hasSize(1000).containsOnly(true);
        assertThat(count("select count(*) from current_ballot where vote_id = ?", id)).isEqualTo(1000);
        assertThat(count("select count(*) from ballot where vote_id = ?", id)).isEqualTo(1000);
        assertThat(count("select ballots_cast from vote where id = ?", id)).isEqualTo(1000);
        VoteFixtures.passClosingTime(jdbc, id);
        assertThat(voting.close(staff(), id).participating().persons()).isEqualTo(1000);
    }

    @Test
    void the_same_voter_on_the_web_and_on_paper_at_once_gets_exactly_one_ballot() throws Exception {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(4L)), false));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id).subList(0, 40);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (long elector : electors) {
            long resident = VoteFixtures.memberOf(jdbc, id, elector);
            attempts.add(() -> voting.castOwn(VoteFixtures.residentActor(resident), id, Answer.AGREE, Set.of()) > 0);
            attempts.add(() -> voting.enter(staff(), id, elector, paper(Answer.DISAGREE)) > 0);
        }

        List<Boolean> outcomes = Concurrently.steps(THREADS, attempts);

        assertThat(outcomes.stream().filter(b -> b)).hasSize(40);
        assertThat(count("select count(*) from current_ballot where vote_id = ?", id)).isEqualTo(40);
        assertThat(count("select count(*) from ballot where vote_id = ?", id)).isEqualTo(40);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
