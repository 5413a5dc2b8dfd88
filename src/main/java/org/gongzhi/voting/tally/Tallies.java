package org.gongzhi.voting.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteResult.Line;
import org.gongzhi.voting.VoteResult.OptionCount;
import org.gongzhi.voting.VoteResult.Outcome;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.tally.PassRule.ShareLine;

/** Turns a vote's ballot counts into its result, in integers, showing every test. */
public final class Tallies {

    /** Without a threshold of its own a resident matter needs more than half of the ballots cast. */
    static final PassRule SIMPLE_MAJORITY = new PassRule(500, Comparison.MORE_THAN);

    private Tallies() {
    }

    public static VoteResult of(VoteDraft setUp, BallotCounts counts, boolean silenceClause) {
        return setUp.owners() ? owners(setUp.item().orElseThrow(), counts, silenceClause) : residents(setUp, counts);
    }

    /**
     * 民法典 第278条 through {@link StatutoryTally}: abstentions take part, and under the silence clause every
     * delivered, silent elector is deemed to have voted with the majority of those who did.
     */
    static VoteResult owners(MatterItem item, BallotCounts counts, boolean silenceClause) {
        Figures deemed = silenceClause ? counts.silentDelivered() : Figures.NONE;
        boolean majorityAgrees = counts.agree().outweighs(counts.disagree());
        boolean majorityDisagrees = counts.disagree().outweighs(counts.agree());
        if (!majorityAgrees && !majorityDisagrees) {
            deemed = Figures.NONE;
        }
        Figures participating = counts.cast().plus(deemed);
        Figures agreeing = majorityAgrees ? counts.agree().plus(deemed) : counts.agree();
        Figures disagreeing = majorityDisagrees ? counts.disagree().plus(deemed) : counts.disagree();
        StatutoryTally tally = new StatutoryTally(item, new VoteCounts(counts.electorate().persons(),
                new Area(counts.electorate().area()), participating.persons(), new Area(participating.area()),
                agreeing.persons(), new Area(agreeing.area())));
        List<Line> lines = tally.arithmetic().stream()
                .map(l -> new Line(l.test().name(), l.met(), l.formula())).toList();
        return new VoteResult(VoteKind.OWNERS, Outcome.of(tally.verdict()), lines, List.of(), counts.electorate(),
                participating, agreeing, disagreeing, deemed);
    }

    static VoteResult residents(VoteDraft setUp, BallotCounts counts) {
        long eligible = counts.electorate().persons();
        long cast = counts.cast().persons();
        List<Line> lines = new ArrayList<>();
        boolean turnoutMet = setUp.turnoutPerMille() == null
                || add(lines, new PassRule(setUp.turnoutPerMille(), Comparison.AT_LEAST).line("TURNOUT", cast, eligible));
        Decision decision = switch (setUp.effectiveChoice()) {
            case AGREE_DISAGREE_ABSTAIN -> yesOrNo(setUp.passRule() == null ? SIMPLE_MAJORITY : setUp.passRule(),
                    counts, lines);
            case SINGLE, MULTIPLE -> options(setUp, counts, lines);
        };
        Outcome outcome = turnoutMet ? decision.outcome() : Outcome.NO_QUORUM;
        return new VoteResult(VoteKind.RESIDENTS, outcome, lines, decision.options(), counts.electorate(),
                counts.cast(), counts.agree(), counts.disagree(), Figures.NONE);
    }

    private static Decision yesOrNo(PassRule pass, BallotCounts counts, List<Line> lines) {
        boolean met = add(lines, pass.line("PASS", counts.agree().persons(), counts.cast().persons()));
        return new Decision(met ? Outcome.PASSED : Outcome.REJECTED, List.of());
    }

    /**
     * SINGLE: the most chosen option; MULTIPLE: the {@code maxChoices} most chosen, or with a threshold every
     * option that meets it. A threshold is tested against the ballots cast; a tie at the cut decides nothing.
     */
    private static Decision options(VoteDraft setUp, BallotCounts counts, List<Line> lines) {
        PassRule rule = setUp.passRule();
        List<Integer> ranked = IntStream.rangeClosed(1, setUp.options().size()).boxed()
                .sorted(Comparator.comparingLong((Integer p) -> count(counts, p)).reversed()).toList();
        int seats = setUp.effectiveChoice() == ChoiceType.MULTIPLE && rule != null ? ranked.size()
                : setUp.effectiveChoice() == ChoiceType.SINGLE ? 1 : setUp.maxChoices();
        List<Integer> candidates = ranked.subList(0, seats);
        boolean tieAtCut = seats < ranked.size()
                && count(counts, ranked.get(seats - 1)) == count(counts, ranked.get(seats));
        List<Integer> adopted = tieAtCut ? List.of() : rule == null ? candidates : candidates.stream()
                .filter(p -> add(lines, rule.line("OPTION." + p, count(counts, p), counts.cast().persons()))).toList();
        List<OptionCount> options = IntStream.rangeClosed(1, setUp.options().size()).mapToObj(p -> new OptionCount(p,
                setUp.options().get(p - 1), count(counts, p), adopted.contains(p))).toList();
        Outcome outcome = tieAtCut ? Outcome.NO_DECISION : adopted.isEmpty() ? Outcome.REJECTED : Outcome.PASSED;
        return new Decision(outcome, options);
    }

    private static long count(BallotCounts counts, int position) {
        return counts.optionCounts().getOrDefault(position, 0L);
    }

    private static boolean add(List<Line> lines, ShareLine line) {
        lines.add(new Line(line.test(), line.met(), line.formula()));
        return line.met();
    }

    private record Decision(Outcome outcome, List<OptionCount> options) {
    }
}
