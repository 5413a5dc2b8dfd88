package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

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

    @Test
    void ballots_racing_the_close_are_either_in_its_tally_or_refused() throws Exception {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), VoteScope.COMMUNITY, true));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id).subList(0, 400);
        AtomicReference<VoteResult> closed = new AtomicReference<>();
        List<Callable<Boolean>> steps = new ArrayList<>();
        for (int i = 0; i < electors.size(); i++) {
            long elector = electors.get(i);
            steps.add(() -> voting.enter(staff(), id, elector, paper(Answer.AGREE)) > 0);
            if (i == electors.size() / 2) {
                steps.add(() -> {
                    closed.set(voting.close(staff(), id, "测试：投票中途结束"));
                    return false;
                });
            }
        }

        List<Boolean> outcomes = Concurrently.steps(THREADS, steps);

        long acknowledged = outcomes.stream().filter(b -> b).count();
        assertThat(acknowledged).as("some ballots went in before the close").isPositive();
        assertThat(closed.get().participating().persons()).as("the tally counts exactly the acknowledged ballots")
                .isEqualTo(acknowledged);
        assertThat(count("select count(*) from current_ballot where vote_id = ?", id)).isEqualTo(acknowledged);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
