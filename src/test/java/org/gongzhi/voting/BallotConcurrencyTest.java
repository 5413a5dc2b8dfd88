package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.jdbc.BulkCopy;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.Ballots;

/** Ballots arriving at the same moment: each voter is counted exactly once, whatever the channels. */
class BallotConcurrencyTest extends IntegrationTest {

    private static final int THREADS = 16;

    @Autowired
    Voting voting;
    @Autowired
    Ballots ballots;
    @Autowired
    DataSource dataSource;

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

    @Test
    void ballots_written_together_are_each_written_once_with_their_own_options_before_the_vote_closes() {
        assumeTrue(BulkCopy.isPostgres(dataSource), "one statement writes many ballots on PostgreSQL only");
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.MULTIPLE,
                List.of("加装电梯", "修缮屋顶", "增设车位"), VoteScope.COMMUNITY, false));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id).subList(0, 4);
        List<Integer> positions = jdbc.sql("select position from vote_option where vote_id = ? order by position")
                .param(id).query(Integer.class).list();
        assertThat(ballots.castAll(List.of(ballot(id, electors.get(0), positions.get(0))))).singleElement()
                .satisfies(b -> assertThat(b).isPresent());

        List<Optional<Long>> written = ballots.castAll(List.of(
                ballot(id, electors.get(1), positions.get(0), positions.get(1)),
                ballot(id, electors.get(0), positions.get(1)),
                ballot(id, electors.get(1), positions.get(2)),
                ballot(id, electors.get(2), positions.get(2)),
                ballot(id, -1L, positions.get(2))));

        assertThat(written).as("voted already, an elector's second, not the vote's elector: not written")
                .extracting(Optional::isPresent).containsExactly(true, false, false, true, false);
        assertThat(count("select count(*) from current_ballot where vote_id = ?", id)).isEqualTo(3);
        assertThat(count("select count(*) from ballot where vote_id = ?", id)).isEqualTo(3);
        assertThat(chosen(written.get(0).orElseThrow())).containsExactly(positions.get(0), positions.get(1));
        assertThat(chosen(written.get(3).orElseThrow())).containsExactly(positions.get(2));

        VoteFixtures.passClosingTime(jdbc, id);
        assertThat(ballots.castAll(List.of(ballot(id, electors.get(3), positions.get(0)))))
                .as("past its closing time: nothing written").containsExactly(Optional.empty());
        assertThat(count("select count(*) from ballot where vote_id = ?", id)).isEqualTo(3);
    }

    private static Ballots.NewBallot ballot(long vote, long elector, Integer... options) {
        return new Ballots.NewBallot(VoteFixtures.AOYUAN, vote, elector, null, Set.of(options), BallotChannel.PAPER,
                "纸质表决票 " + elector, null, null, null, "rc.staff", OffsetDateTime.now(), null, null);
    }

    private List<Integer> chosen(long ballot) {
        return jdbc.sql("select position from ballot_option where ballot_id = ? order by position").param(ballot)
                .query(Integer.class).list();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
