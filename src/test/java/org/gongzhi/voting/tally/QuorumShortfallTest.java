package org.gongzhi.voting.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VoteResult.QuorumShortfall;

/** A failed quorum says what it lacked: persons, area, or both — not always "too few took part". */
class QuorumShortfallTest {

    private static VoteResult owners(long persons, long area) {
        Figures cast = new Figures(persons, area);
        return Tallies.owners(MatterItem.MAINTENANCE_FUND_USE, new BallotCounts(new Figures(90, 900_000), cast, cast,
                Figures.NONE, Figures.NONE, Map.of()), false);
    }

    @Test
    void area_alone_can_fail_the_quorum() {
        VoteResult result = owners(70, 500_000);
        assertThat(result.outcome()).isEqualTo(VoteResult.Outcome.NO_QUORUM);
        assertThat(result.quorumShortfall()).isEqualTo(QuorumShortfall.AREA);
    }

    @Test
    void persons_alone_or_both_are_named_as_such() {
        assertThat(owners(50, 800_000).quorumShortfall()).isEqualTo(QuorumShortfall.PERSONS);
        assertThat(owners(50, 500_000).quorumShortfall()).isEqualTo(QuorumShortfall.BOTH);
    }

    @Test
    void a_vote_with_its_quorum_has_no_shortfall() {
        assertThat(owners(60, 600_000).quorumShortfall()).isNull();
        assertThat(owners(60, 600_000).outcome()).isEqualTo(VoteResult.Outcome.PASSED);
    }
}
