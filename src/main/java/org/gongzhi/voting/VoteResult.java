package org.gongzhi.voting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.gongzhi.voting.tally.Figures;
import org.gongzhi.voting.tally.Verdict;

/**
 * A vote's outcome with its arithmetic: every test as a person checks it by hand, the figures behind it (those who
 * agreed and disagreed include the electors deemed to have voted with the majority), and each option's count. For
 * owners' votes the tests are those of {@link StatutoryTally}.
 */
public record VoteResult(VoteKind kind, Outcome outcome, List<Line> lines, List<OptionCount> options,
        Figures electorate, Figures participating, Figures agreeing, Figures disagreeing, Figures deemed) {

    public VoteResult {
        lines = List.copyOf(lines);
        options = List.copyOf(options);
    }

    /** Those who took part without agreeing or disagreeing (弃权); none for a vote between options. */
    @JsonProperty
    public Figures abstaining() {
        if (!options.isEmpty()) {
            return Figures.NONE;
        }
        return new Figures(participating.persons() - agreeing.persons() - disagreeing.persons(),
                participating.area() - agreeing.area() - disagreeing.area());
    }

    /**
     * Why the quorum failed: too few persons, too little area, or both; null when the vote had its quorum. A
     * residents' vote's quorum is its turnout, in persons.
     */
    @JsonProperty
    public QuorumShortfall quorumShortfall() {
        if (outcome != Outcome.NO_QUORUM) {
            return null;
        }
        boolean persons = lines.stream().anyMatch(l -> !l.met() && (l.test().equals("QUORUM_PERSONS")
                || l.test().equals("TURNOUT")));
        boolean area = lines.stream().anyMatch(l -> !l.met() && l.test().equals("QUORUM_AREA"));
        return persons && area ? QuorumShortfall.BOTH : area ? QuorumShortfall.AREA : QuorumShortfall.PERSONS;
    }

    /** What a failed quorum lacked. */
    public enum QuorumShortfall {
        PERSONS, AREA, BOTH
    }

    /** How the vote came out. */
    public enum Outcome {
        PASSED, REJECTED, NO_QUORUM, NO_DECISION;

        public static Outcome of(Verdict verdict) {
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
