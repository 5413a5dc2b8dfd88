package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.voting.VoteFixtures.paper;
import static org.gongzhi.voting.VoteFixtures.staff;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.electorate.Electorate.Elector;
import org.gongzhi.voting.electorate.Electorate;
import org.gongzhi.voting.electorate.Electorates;
import org.gongzhi.voting.tally.BallotCounts;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.vote.VoteRefused;
import org.gongzhi.voting.vote.Votes;

/** A vote from draft to published: the frozen electorate, one ballot per voter, corrections, the stored tally. */
class VoteLifecycleTest extends IntegrationTest {

    @Autowired
    Voting voting;

    @Autowired
    Electorates electorates;

    @Autowired
    Votes votes;

    @Autowired
    Ballots ballots;

    @Test
    void the_frozen_electorate_is_exactly_the_counting_rules_applied_to_the_register() {
        Set<Long> buildings = Set.of(3L, 4L);
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, buildings, false));
        voting.open(staff(), id);
        List<Elector> expected = Electorate.of(electorates.units(1), false,
                new VoteScope(VoteScope.Kind.BUILDINGS, buildings));
        BallotCounts counts = ballots.counts(1, id);
        assertThat(counts.electorate().persons()).isEqualTo(expected.size()).isGreaterThan(0);
        assertThat(counts.electorate().area()).isEqualTo(expected.stream().mapToLong(Elector::area).sum());
        long unitsInScope = jdbc.sql("""
                select count(*) from unit u join stairwell s on s.id = u.stairwell_id where s.building_id in (3, 4)
                and exists (select 1 from unit_owner o where o.unit_id = u.id and o.owned_until is null)""")
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from vote_elector_unit where vote_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(unitsInScope);
    }

    @Test
    void ballots_are_taken_only_while_open_once_per_voter_and_the_tally_is_stored_at_the_close() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(5L), false));
        assertThatThrownBy(() -> voting.enter(staff(), id, 1, paper(Answer.AGREE))).isInstanceOf(RuntimeException.class);
        voting.open(staff(), id);
        List<Long> electors = VoteFixtures.electors(jdbc, id);
        electors.forEach(e -> voting.enter(staff(), id, e, paper(Answer.AGREE)));
        assertThatThrownBy(() -> voting.enter(staff(), id, electors.getFirst(), paper(Answer.DISAGREE)))
                .isInstanceOf(VoteRefused.class).hasMessageContaining("already voted");

        VoteFixtures.passClosingTime(jdbc, id);
        VoteResult result = voting.close(staff(), id);

        assertThat(result.outcome()).isEqualTo(VoteResult.Outcome.PASSED);
        assertThat(result.participating()).isEqualTo(result.electorate());
        assertThat(result.lines()).extracting(VoteResult.Line::test)
                .containsExactly("QUORUM_PERSONS", "QUORUM_AREA", "PASS_PERSONS", "PASS_AREA");
        assertThat(result.lines().getFirst().formula()).isEqualTo("3×" + electors.size() + " = " + 3 * electors.size()
                + " ≥ 2×" + electors.size() + " = " + 2 * electors.size() + " ✓");
        assertThat(votes.storedTally(votes.get(1, id))).contains(result);
        assertThatThrownBy(() -> voting.enter(staff(), id, electors.get(1), paper(Answer.AGREE)))
                .isInstanceOf(VoteRefused.class);
        assertThatThrownBy(() -> voting.correct(staff(), id, electors.get(1), paper(Answer.DISAGREE), "填错"))
                .isInstanceOf(VoteRefused.class);
        voting.publish(staff(), id);
        assertThatThrownBy(() -> voting.close(staff(), id)).isInstanceOf(VoteRefused.class);
    }

    @Test
    void a_correction_is_a_new_ballot_that_names_the_old_one_and_needs_a_reason() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_RAISING, Set.of(6L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        long first = voting.enter(staff(), id, elector, paper(Answer.AGREE));
        assertThatThrownBy(() -> voting.correct(staff(), id, elector, paper(Answer.DISAGREE), " "))
                .isInstanceOf(InvalidInput.class);
        long second = voting.correct(staff(), id, elector, paper(Answer.DISAGREE), "录入时看错了格子");

        assertThat(jdbc.sql("select corrects_ballot_id from ballot where id = ?").param(second).query(Long.class)
                .single()).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from ballot where vote_id = ?").param(id).query(Long.class).single())
                .isEqualTo(2);
        BallotCounts counts = ballots.counts(1, id);
        assertThat(counts.cast().persons()).isEqualTo(1);
        assertThat(counts.disagree().persons()).isEqualTo(1);
    }

    @Test
    void hidden_results_show_only_after_the_close() {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.HOUSEHOLD, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), new VoteScope(VoteScope.Kind.GRIDS, Set.of(2L)), true));
        voting.open(staff(), id);
        voting.enter(staff(), id, VoteFixtures.electors(jdbc, id).getFirst(), paper(Answer.AGREE));
        assertThat(voting.result(votes.get(1, id))).isEmpty();
        VoteFixtures.passClosingTime(jdbc, id);
        voting.close(staff(), id);
        assertThat(voting.result(votes.get(1, id))).hasValueSatisfying(r -> {
            assertThat(r.participating().persons()).isEqualTo(1);
            assertThat(r.outcome()).isEqualTo(VoteResult.Outcome.PASSED);
        });
    }

    @Test
    void adults_are_eighteen_on_the_opening_day_and_moved_out_residents_do_not_vote() {
        long id = voting.create(staff(), VoteFixtures.residents(ElectorBasis.ADULT, ChoiceType.SINGLE,
                List.of("甲", "乙"), new VoteScope(VoteScope.Kind.GRIDS, Set.of(3L)), false));
        voting.open(staff(), id);
        long expected = jdbc.sql("""
                select count(*) from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id where s.grid_id = 3 and r.moved_out is null
                and h.dissolved_on is null and r.birth_date <= ?""")
                .param(votes.get(1, id).openedOn().minusYears(18)).query(Long.class).single();
        assertThat(electorates.size(1, id)).isEqualTo(expected);
        assertThatThrownBy(() -> voting.enter(staff(), id, VoteFixtures.electors(jdbc, id).getFirst(),
                new BallotEntry(null, Set.of(1, 2), BallotChannel.PAPER, "票", null, null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_proxy_ballot_records_the_proxy_and_the_written_authorisation() {
        long id = voting.create(staff(), VoteFixtures.owners(MatterItem.OTHER_MAJOR_MATTER, Set.of(7L), false));
        voting.open(staff(), id);
        long elector = VoteFixtures.electors(jdbc, id).getFirst();
        assertThatThrownBy(() -> voting.enter(staff(), id, elector,
                new BallotEntry(Answer.AGREE, Set.of(), BallotChannel.PROXY, "委托投票", "王小明", null)))
                .isInstanceOf(InvalidInput.class);
        long ballot = voting.enter(staff(), id, elector,
                new BallotEntry(Answer.AGREE, Set.of(), BallotChannel.PROXY, "委托投票", "王小明", "委托书 2026-017"));
        assertThat(jdbc.sql("select proxy_name || '/' || authorisation_ref from ballot where id = ?").param(ballot)
                .query(String.class).single()).isEqualTo("王小明/委托书 2026-017");
    }
}
