package org.gongzhi.voting.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzhi.voting.VoteQueries;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.tally.Figures;
import org.gongzhi.voting.tally.Measure;
import org.gongzhi.voting.tally.ResultNotice;
import org.gongzhi.voting.vote.Vote;

/** Puts the outcome, the zones refusal and the result notice into words in the reader's language. */
@Component
public class VoteTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Pattern FORMULA = Pattern.compile("(\\d+)×([\\d.]+) = [\\d.]+ (≥|>) (\\d+)×([\\d.]+) = [\\d.]+ [✓✗]");

    private final MessageSource messages;

    VoteTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Why an owners' committee member may not run a vote there: they run votes in their own zones. */
    String outsideZones(VoteQueries.ScopeChoices choices) {
        return msg("vote.refused.outsideZones",
                String.join("、", choices.zones().stream().map(VoteQueries.ZoneChoice::name).toList()));
    }

    /** Where a vote applies in words: 全体, or "北区全部楼栋、12号楼", or "第2网格、第3网格". */
    public String scopeText(VoteQueries.ScopePlaces places) {
        return switch (places.kind()) {
            case COMMUNITY -> msg("vote.scope.COMMUNITY");
            case BUILDINGS -> String.join(msg("vote.scope.separator"), Stream.concat(
                    places.wholeZones().stream().map(zone -> msg("vote.scope.wholeZone", zone)),
                    places.otherBuildings().stream().map(b -> msg("vote.scope.building", b))).toList());
            case GRIDS -> String.join(msg("vote.scope.separator"),
                    places.numbers().stream().map(g -> msg("grid.number", g)).toList());
        };
    }

    /** The notice (公告) of a closed vote: what was decided, where, by whom, with every figure and test. */
    public ResultNotice notice(Vote vote, VoteResult result, VoteQueries.ScopePlaces places, List<Integer> buildings) {
        List<String> lines = new ArrayList<>();
        lines.add(msg("vote.notice.title", vote.title()));
        vote.setUp().item().ifPresent(item -> lines.add(msg("vote.notice.item", item.number(),
                msg("voting.matterItem." + item), msg("voting.matterClass." + item.matterClass()))));
        lines.add(msg("vote.notice.scope." + vote.setUp().scopeKind(), scopeText(places)));
        if (!buildings.isEmpty() && (places.kind() != VoteScope.Kind.BUILDINGS || !places.wholeZones().isEmpty())) {
            // the scope line names zones, grids or the whole community: say which buildings those are
            lines.add(msg("vote.notice.buildings", buildingsText(buildings)));
        }
        if (vote.openedAt() != null && vote.closedAt() != null) {
            lines.add(msg("vote.notice.period", VoteTimes.shown(vote.openedAt()), VoteTimes.shown(vote.closedAt())));
        }
        if (vote.closesAt() != null) {
            lines.add(msg("vote.notice.deadline", VoteTimes.shown(vote.closesAt())));
        }
        lines.add(msg("vote.notice.electorate." + vote.kind(), result.electorate().persons(),
                Measure.AREA.format(result.electorate().area())));
        lines.add(msg("vote.notice.participating." + vote.kind(), result.participating().persons(),
                Measure.AREA.format(result.participating().area())));
        if (result.options().isEmpty()) {
            lines.add(answers(vote, "agreeing", result.agreeing()));
            lines.add(answers(vote, "disagreeing", result.disagreeing()));
            lines.add(answers(vote, "abstaining", result.abstaining()));
        }
        if (result.deemed().persons() > 0) {
            lines.add(msg("vote.notice.deemed", result.deemed().persons(), Measure.AREA.format(result.deemed().area())));
        }
        result.options().forEach(o -> lines.add(msg("vote.notice.option", o.position(), o.label(), o.count(),
                o.adopted() ? msg("vote.option.adopted") : "")));
        lines.add(msg("vote.notice.arithmetic"));
        result.lines().forEach(l -> lines.add("  " + testLabel(l.test()) + "  " + withoutMark(l.formula()) + " "
                + msg(l.met() ? "vote.notice.met" : "vote.notice.notMet")));
        lines.add(msg("vote.notice.outcome", outcome(result)));
        lines.add("");
        lines.add(msg("vote.notice.closing"));
        lines.add(msg("vote.notice.issuer." + vote.kind()));
        lines.add(vote.closedAt() == null ? "" : DAY.format(vote.closedAt().atZoneSameInstant(VoteTimes.ZONE)));
        return new ResultNotice(msg("vote.notice.heading"), lines);
    }

    /** Building numbers with runs shortened: 1–12号楼、15号楼. */
    String buildingsText(List<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        List<Integer> sorted = numbers.stream().distinct().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            int first = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            parts.add(first == sorted.get(i) ? msg("vote.scope.building", first)
                    : msg("vote.scope.buildingRange", first, sorted.get(i)));
        }
        return String.join(msg("vote.scope.separator"), parts);
    }

    /** How the vote came out, in words; a failed quorum says whether persons, area or both fell short. */
    public String outcome(VoteResult result) {
        return result.quorumShortfall() == null ? msg("vote.outcome." + result.outcome())
                : msg("vote.outcome.NO_QUORUM." + result.quorumShortfall());
    }

    /** One answer's figures for the notice: persons, and for owners the area they hold. */
    private String answers(Vote vote, String answer, Figures figures) {
        return msg("vote.notice." + answer + "." + vote.kind(), figures.persons(), figures.areaText());
    }

    /** The name of a test of the tally, for pages and the notice. */
    public String testLabel(String test) {
        return test.startsWith("OPTION.") ? msg("vote.test.OPTION", test.substring("OPTION.".length()))
                : msg(test.startsWith("QUORUM") || test.startsWith("PASS_") ? "voting.test." + test : "vote.test." + test);
    }

    /**
     * A test of the tally as a sentence for voters ("已有 64 位业主参加，共 96 位（需要至少 2/3）"), read from its formula
     * ({@code d×part = … ⋛ n×whole = … ✓}); the formula itself if it cannot be read.
     */
    public String inWords(VoteResult.Line line) {
        Matcher m = FORMULA.matcher(line.formula());
        if (!m.matches()) {
            return line.formula();
        }
        long denominator = Long.parseLong(m.group(1));
        long numerator = Long.parseLong(m.group(4));
        String share = share(numerator, denominator, m.group(3).equals("≥") ? "AT_LEAST" : "MORE_THAN");
        boolean option = line.test().startsWith("OPTION.");
        return msg("vote.words." + (option ? "OPTION" : line.test()), m.group(2), m.group(5), share,
                option ? line.test().substring("OPTION.".length()) : "");
    }

    /** "至少 2/3", "超过一半", or a share of a thousand that reduces to no small fraction as "至少 66.7%". */
    private String share(long numerator, long denominator, String comparison) {
        long gcd = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
        long n = numerator / gcd;
        long d = denominator / gcd;
        if (n == 1 && d == 2) {
            return msg("vote.words.half." + comparison);
        }
        String fraction = d <= 10 ? n + "/" + d
                : BigDecimal.valueOf(numerator * 1000 / denominator, 1).stripTrailingZeros().toPlainString() + "%";
        return msg("vote.words.share." + comparison, fraction);
    }

    /** The notice font has no ✓ or ✗, so the notice says it in words. */
    private static String withoutMark(String formula) {
        return formula.endsWith(" ✓") || formula.endsWith(" ✗") ? formula.substring(0, formula.length() - 2) : formula;
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
