package org.gongzhi.voting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.ballot.Ballots.CountedBallot;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectorateEntry;
import org.gongzhi.voting.vote.Vote;

/**
 * What anyone entitled needs to recount a vote with their own tools, as a zip of UTF-8 CSV files: the frozen
 * electorate unit by unit (elector numbers, addresses and areas; no names, no ID or phone numbers), the counting
 * ballots by elector number, the delivered ballot papers, the vote's rules and the stored tally with its arithmetic.
 * The format is described in docs/recount-bundle.md; areas are integers in hundredths of m², as they are counted.
 */
public final class RecountBundle {

    private RecountBundle() {
    }

    public static byte[] zip(Vote vote, List<ElectorateEntry> electorate, List<CountedBallot> ballots,
            Set<Long> delivered, VoteResult stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, "vote.csv", vote(vote));
            add(zip, "electorate.csv", electorate(electorate));
            add(zip, "ballots.csv", ballots(ballots));
            add(zip, "delivered.csv", "elector_id\n" + delivered.stream().sorted().map(String::valueOf)
                    .map(id -> id + "\n").collect(Collectors.joining()));
            add(zip, "tally.csv", tally(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String vote(Vote vote) {
        var setUp = vote.setUp();
        return "key,value\n"
                + "vote_id," + vote.id() + "\n"
                + "kind," + vote.kind() + "\n"
                + "matter_item," + setUp.item().map(i -> String.valueOf(i.number())).orElse("") + "\n"
                + "matter_class," + setUp.item().map(i -> i.matterClass().name()).orElse("") + "\n"
                + "choice," + setUp.effectiveChoice() + "\n"
                + "pass_per_mille," + (setUp.passRule() == null ? "" : setUp.passRule().perMille()) + "\n"
                + "pass_comparison," + (setUp.passRule() == null ? "" : setUp.passRule().comparison()) + "\n"
                + "turnout_per_mille," + (setUp.turnoutPerMille() == null ? "" : setUp.turnoutPerMille()) + "\n"
                + "max_choices," + (setUp.maxChoices() == null ? "" : setUp.maxChoices()) + "\n"
                + "silence_clause," + setUp.silenceClause() + "\n"
                + "include_parking," + setUp.includeParking() + "\n"
                + "options," + csv(String.join("|", setUp.options())) + "\n";
    }

    private static String electorate(List<ElectorateEntry> entries) {
        StringBuilder csv = new StringBuilder("elector_id,identified,developer,took_part,unit,area,area_source,"
                + "register_area,survey_area,contract_area,vacant\n");
        for (ElectorateEntry e : entries) {
            for (var u : e.units()) {
                csv.append(e.electorId()).append(',').append(e.identified()).append(',').append(e.developer())
                        .append(',').append(e.tookPart()).append(',').append(u.address()).append(',')
                        .append(u.area()).append(',').append(u.source() == null ? "" : u.source()).append(',')
                        .append(number(u.registerArea())).append(',').append(number(u.surveyArea())).append(',')
                        .append(number(u.contractArea())).append(',').append(u.vacant()).append('\n');
            }
        }
        return csv.toString();
    }

    private static String ballots(List<CountedBallot> ballots) {
        return "elector_id,answer,options\n" + ballots.stream().map(b -> b.electorId() + ","
                + (b.answer() == null ? "" : b.answer()) + ","
                + b.options().stream().map(String::valueOf).collect(Collectors.joining(";")) + "\n")
                .collect(Collectors.joining());
    }

    private static String tally(VoteResult r) {
        StringBuilder csv = new StringBuilder("figure,persons,area\n");
        row(csv, "electorate", r.electorate());
        row(csv, "participating", r.participating());
        row(csv, "agreeing", r.agreeing());
        row(csv, "disagreeing", r.disagreeing());
        row(csv, "abstaining", r.abstaining());
        row(csv, "deemed", r.deemed());
        r.options().forEach(o -> csv.append("option.").append(o.position()).append(',').append(o.count())
                .append(",\n"));
        csv.append("outcome,").append(r.outcome()).append(",\n");
        r.lines().forEach(l -> csv.append("test.").append(l.test()).append(',').append(l.met()).append(',')
                .append(csv(l.formula())).append('\n'));
        return csv.toString();
    }

    private static void row(StringBuilder csv, String name, org.gongzhi.voting.tally.Figures f) {
        csv.append(name).append(',').append(f.persons()).append(',').append(f.area()).append('\n');
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
