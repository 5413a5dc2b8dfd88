package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.tally.BallotCounts;
import org.gongzhi.voting.tally.Figures;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.VoteRefused;
import org.gongzhi.voting.vote.Votes;

/**
 * "未表决视为同意多数意见" only where the rules of procedure provide for it, and only for electors whose ballot was
 * delivered; everyone else who stayed silent simply did not take part.
 */
class SilenceClauseTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    Votes votes;

    @Autowired
    Ballots ballots;

    @AfterEach
    void strictAgain() {
        votes.allowSilenceClause(VoteFixtures.AOYUAN, false);
    }

    @Test
    void the_clause_cannot_be_used_unless_the_rules_of_procedure_provide_for_it() {
        assertThatThrownBy(() -> voting.create(staff(),
                VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(8L), true)))
                .isInstanceOf(VoteRefused.class).hasMessageContaining("rules of procedure");
    }

    @Test
    void delivered_silent_owners_are_added_to_the_majority_and_undelivered_ones_do_not_take_part() {
        votes.allowSilenceClause(VoteFixtures.AOYUAN, true);
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(8L), true));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        int n = electors.size();
        List<Long> voters = electors.subList(0, n / 2);
        voters.forEach(e -> voting.enter(staff(), id, e, paper(voters.indexOf(e) % 3 == 0 ? Answer.DISAGREE : Answer.AGREE)));
        electors.forEach(e -> voting.deliver(staff(), id, e, null, "专人送达并签收"));
        BallotCounts counts = ballots.counts(1, id);

        VoteFixtures.passClosingTime(jdbc, id);
        VoteResult result = voting.close(staff(), id);

        Figures silent = counts.electorate().plus(new Figures(-counts.cast().persons(), -counts.cast().area()));
        assertThat(result.deemed()).isEqualTo(silent);
        assertThat(result.participating()).isEqualTo(counts.electorate());
        assertThat(result.agreeing()).isEqualTo(counts.agree().plus(silent));
        assertThat(silent.persons()).isPositive();
    }

    @Test
    void without_a_delivery_record_silence_is_simply_not_taking_part() {
        votes.allowSilenceClause(VoteFixtures.AOYUAN, true);
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(9L), true));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        List<Long> voters = electors.subList(0, electors.size() / 2);
        voters.forEach(e -> voting.enter(staff(), id, e, paper(Answer.AGREE)));
        List<Long> delivered = electors.subList(electors.size() / 2, electors.size() / 2 + 3);
        delivered.forEach(e -> voting.deliver(staff(), id, e, null, "张贴并电话告知"));

        VoteFixtures.passClosingTime(jdbc, id);
        VoteResult result = voting.close(staff(), id);

        long deliveredArea = delivered.stream().mapToLong(this::area).sum();
        assertThat(result.deemed()).isEqualTo(new Figures(3, deliveredArea));
        assertThat(result.participating().persons()).isEqualTo(voters.size() + 3);
        assertThat(result.outcome()).isEqualTo(VoteResult.Outcome.NO_QUORUM);
    }

    @Test
    void a_vote_without_the_clause_counts_only_ballots_even_when_papers_were_delivered() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(10L), false));
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        voting.enter(staff(), id, electors.getFirst(), paper(Answer.AGREE));
        electors.forEach(e -> voting.deliver(staff(), id, e, null, "专人送达"));

        VoteFixtures.passClosingTime(jdbc, id);
        VoteResult result = voting.close(staff(), id);

        assertThat(result.deemed()).isEqualTo(Figures.NONE);
        assertThat(result.participating().persons()).isEqualTo(1);
    }

    private long area(long elector) {
        return jdbc.sql("select area from vote_elector where id = ?").param(elector).query(Long.class).single();
    }
}
