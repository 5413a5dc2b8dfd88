package org.gongzhi.voting;

import java.util.List;

/**
 * A vote's outcome with its arithmetic: every test as a person checks it by hand, the figures behind it, and each
 * option's count. For owners' votes the tests are those of {@link StatutoryTally}.
 */
public record VoteResult(VoteKind kind, Outcome outcome, List<Line> lines, List<OptionCount> options,
        Figures electorate, Figures participating, Figures agreeing, Figures deemed) {

    public VoteResult {
        lines = List.copyOf(lines);
        options = List.copyOf(options);
    }

    /** How the vote came out. */
    public enum Outcome {
        PASSED, REJECTED, NO_QUORUM, NO_DECISION;

        static Outcome of(Verdict verdict) {
            return valueOf(verdict.name());
        }
    }

    /** One test: its name (a message key suffix), whether it was met, and its formula. */
    public record Line(String test, boolean met, String formula) {
    }

    /** One option of a resident vote: its position (from 1), label, count, and whether it was adopted. */
    public record OptionCount(int position, String label, long count, boolean adopted) {
    }
}
