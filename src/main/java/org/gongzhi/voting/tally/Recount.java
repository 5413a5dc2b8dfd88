package org.gongzhi.voting.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.Ballots.CountedBallot;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectorArea;

/**
 * A recount: the result computed again from the frozen electorate, unit by unit, and the stored ballots, one by one —
 * not from the stored tally nor from the grouped sums that produced it — then set beside the stored tally. Every
 * figure that differs is named; so is every elector whose frozen area is not the sum of its units.
 */
public record Recount(VoteResult stored, VoteResult recounted, List<Difference> differences) {

    public Recount {
        differences = List.copyOf(differences);
    }

    /** One figure that differs: its name (electorate, agreeing, option.2, elector.17.area, …) and both values. */
    public record Difference(String figure, String stored, String recounted) {
    }

    public boolean agrees() {
        return differences.isEmpty();
    }

    public static Recount of(VoteDraft setUp, VoteResult stored, List<ElectorArea> electors,
            List<CountedBallot> ballots, Set<Long> delivered) {
        Map<Long, Long> area = new HashMap<>();
        Figures electorate = Figures.NONE;
        List<Difference> differences = new ArrayList<>();
        for (ElectorArea e : electors) {
            area.put(e.electorId(), e.ofUnits());
            electorate = electorate.plus(new Figures(1, e.ofUnits()));
            if (e.frozen() != e.ofUnits()) {
                differences.add(new Difference("elector." + e.electorId() + ".area", Measure.AREA.format(e.frozen()),
                        Measure.AREA.format(e.ofUnits())));
            }
        }
        Figures cast = Figures.NONE;
        Figures agree = Figures.NONE;
        Figures disagree = Figures.NONE;
        Map<Integer, Long> options = new HashMap<>();
        for (CountedBallot ballot : ballots) {
            Figures one = new Figures(1, area.getOrDefault(ballot.electorId(), 0L));
            cast = cast.plus(one);
            if (ballot.answer() == Answer.AGREE) {
                agree = agree.plus(one);
            } else if (ballot.answer() == Answer.DISAGREE) {
                disagree = disagree.plus(one);
            }
            ballot.options().forEach(p -> options.merge(p, 1L, Long::sum));
        }
        Set<Long> voted = ballots.stream().map(CountedBallot::electorId).collect(java.util.stream.Collectors.toSet());
        Figures silent = delivered.stream().filter(id -> !voted.contains(id))
                .map(id -> new Figures(1, area.getOrDefault(id, 0L))).reduce(Figures.NONE, Figures::plus);
        VoteResult recounted = Tallies.of(setUp, new BallotCounts(electorate, cast, agree, disagree, silent, options),
                setUp.silenceClause());
        compare(differences, stored, recounted);
        return new Recount(stored, recounted, differences);
    }

    private static void compare(List<Difference> differences, VoteResult stored, VoteResult recounted) {
        figures(differences, "electorate", stored, recounted, VoteResult::electorate);
        figures(differences, "participating", stored, recounted, VoteResult::participating);
        figures(differences, "agreeing", stored, recounted, VoteResult::agreeing);
        figures(differences, "disagreeing", stored, recounted, VoteResult::disagreeing);
        figures(differences, "abstaining", stored, recounted, VoteResult::abstaining);
        figures(differences, "deemed", stored, recounted, VoteResult::deemed);
        for (int i = 0; i < Math.max(stored.options().size(), recounted.options().size()); i++) {
            String was = i < stored.options().size() ? String.valueOf(stored.options().get(i).count()) : "—";
            String is = i < recounted.options().size() ? String.valueOf(recounted.options().get(i).count()) : "—";
            if (!was.equals(is)) {
                differences.add(new Difference("option." + (i + 1), was, is));
            }
        }
        if (stored.outcome() != recounted.outcome()) {
            differences.add(new Difference("outcome", stored.outcome().name(), recounted.outcome().name()));
        }
    }

    private static void figures(List<Difference> differences, String name, VoteResult stored, VoteResult recounted,
            Function<VoteResult, Figures> figure) {
        Figures was = figure.apply(stored);
        Figures is = figure.apply(recounted);
        if (!was.equals(is)) {
            differences.add(new Difference(name, text(was), text(is)));
        }
    }

    private static String text(Figures figures) {
        return figures.persons() + " / " + figures.areaText() + " m²";
    }
}
