package org.gongzhi.voting.tally;

import static org.gongzhi.voting.tally.TallyRequirement.PASS_AREA;
import static org.gongzhi.voting.tally.TallyRequirement.PASS_PERSONS;
import static org.gongzhi.voting.tally.TallyRequirement.QUORUM_AREA;
import static org.gongzhi.voting.tally.TallyRequirement.QUORUM_PERSONS;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.gongzhi.voting.StatutoryMajority;

/**
 * 民法典 第278条 第2款 applied to one vote, in integers only: the quorum needs two thirds of all owners by
 * headcount and by area; passing needs, of those who took part, three quarters (items 6–8) or more than half
 * (the rest), again by headcount and by area.
 */
public record StatutoryTally(MatterItem matterItem, VoteCounts counts) {

    public StatutoryTally {
        Objects.requireNonNull(matterItem, "matterItem");
        Objects.requireNonNull(counts, "counts");
    }

    public MatterClass matterClass() {
        return matterItem.matterClass();
    }

    public boolean quorumMet() {
        return line(QUORUM_PERSONS).met() && line(QUORUM_AREA).met();
    }

    public boolean passed() {
        return quorumMet() && line(PASS_PERSONS).met() && line(PASS_AREA).met();
    }

    public Verdict verdict() {
        if (!quorumMet()) {
            return Verdict.NO_QUORUM;
        }
        return passed() ? Verdict.PASSED : Verdict.REJECTED;
    }

    /** Every test with its numbers, quorum first; pass tests are shown even when the quorum fails. */
    public List<ArithmeticLine> arithmetic() {
        return Arrays.stream(TallyRequirement.values()).map(this::line).toList();
    }

    public ArithmeticLine line(TallyRequirement test) {
        StatutoryMajority pass = matterClass().passMajority();
        return switch (test) {
            case QUORUM_PERSONS -> new ArithmeticLine(test, StatutoryMajority.QUORUM,
                    counts.participatingOwners(), counts.totalOwners());
            case QUORUM_AREA -> new ArithmeticLine(test, StatutoryMajority.QUORUM,
                    counts.participatingArea().hundredths(), counts.totalArea().hundredths());
            case PASS_PERSONS -> new ArithmeticLine(test, pass,
                    counts.agreeingOwners(), counts.participatingOwners());
            case PASS_AREA -> new ArithmeticLine(test, pass,
                    counts.agreeingArea().hundredths(), counts.participatingArea().hundredths());
        };
    }
}
