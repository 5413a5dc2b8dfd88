package org.gongzhi.voting.ballot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.identity.OnBehalf;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.RowLocks;
import org.gongzhi.shared.jdbc.WrittenTogether;
import org.gongzhi.voting.tally.BallotCounts;
import org.gongzhi.voting.tally.Figures;

/**
 * Ballots, append-only: each cast or correction is a new row; {@code current_ballot} points at the one that
 * counts, and its primary key (vote, elector) is what allows one ballot per voter across every channel.
 */
@Repository
public class Ballots {

    private static final String BALLOT_INTO = """
            insert into ballot (community_id, vote_id, elector_id, answer, channel, evidence, proxy_name,
                authorisation_ref, cast_by_resident_id, entered_by, cast_at, corrects_ballot_id, correction_reason)""";
    private static final String INSERT_BALLOT = BALLOT_INTO + """

            select e.community_id, e.vote_id, e.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            from vote_elector e""";
    private static final String CLAIM = """
            insert into current_ballot (community_id, vote_id, elector_id, ballot_id)""";

    /**
     * The ballots arriving together for one vote, written by one statement ({@link #castAtOnce}): the vote's row held
     * shared while it is open, each ballot whose elector is the vote's and holds none yet written with its options,
     * and claimed as its elector's one ballot.
     */
    private static final String CAST_ALL = """
            with wanted as (select * from unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]),
                cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]),
                cast(? as varchar[]), cast(? as timestamp with time zone[]), cast(? as varchar[])) with ordinality
                as w(elector_id, answer, channel, evidence, proxy_name, authorisation_ref, cast_by_resident_id,
                    entered_by, cast_at, options, n)),
            held as (select id from vote where id = ? and community_id = ? and state = 'OPEN'
                and (closes_at is null or closes_at > ?) for share),
            written as (%s
                select e.community_id, e.vote_id, e.id, w.answer, w.channel, w.evidence, w.proxy_name,
                    w.authorisation_ref, w.cast_by_resident_id, w.entered_by, w.cast_at, null, null
                from wanted w join vote_elector e on e.id = w.elector_id join held on held.id = e.vote_id
                where e.vote_id = ? and e.community_id = ? and not exists (select 1 from current_ballot c
                    where c.vote_id = e.vote_id and c.elector_id = e.id)
                order by w.n
                returning id, community_id, vote_id, elector_id),
            chosen as (insert into ballot_option (community_id, ballot_id, position)
                select r.community_id, r.id, cast(p.position as integer) from written r
                join wanted w on w.elector_id = r.elector_id
                cross join unnest(string_to_array(w.options, ',')) as p (position)),
            claimed as (%s select community_id, vote_id, elector_id, id from written)
            select id, elector_id from written""".formatted(BALLOT_INTO, CLAIM);
    /** The most ballots one statement writes. */
    private static final int MOST_TOGETHER = 64;

    private final JdbcClient jdbc;
    private final RowLocks locks;
    private final WrittenTogether<NewBallot, Long> together = new WrittenTogether<>(MOST_TOGETHER);

    public Ballots(JdbcClient jdbc, RowLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /** A ballot row as it is written; {@code corrects} and {@code reason} only for a correction. */
    public record NewBallot(long communityId, long voteId, long electorId, Answer answer, Set<Integer> options,
            BallotChannel channel, String evidence, String proxyName, String authorisationRef, Long castByResidentId,
            String enteredBy, OffsetDateTime at, Long corrects, String reason) {
    }

    /** The ballot that counts for an elector, as the voter or staff see it. */
    public record CurrentBallot(long id, Answer answer, List<Integer> options, BallotChannel channel,
            OffsetDateTime castAt, boolean corrected, String onBehalfBy, String consent) {
    }

    /** Records who entered the ballot for the resident who asked them (代办) and how the resident agreed. */
    public void enteredOnBehalf(long communityId, long ballotId, OnBehalf helped) {
        jdbc.sql("""
                update ballot set on_behalf_by_account = ?, on_behalf_by_name = ?, consent_method = ?, consent_note = ?
                where id = ? and community_id = ?""").params(helped.helperAccountId(), helped.helperName(),
                        helped.consent().name(), helped.consentNote(), ballotId, communityId).update();
    }

    /**
     * Writes the ballot, if its elector is one of its vote's: the elector is checked by the insert itself (one
     * statement, not two, for every ballot), and one of another vote or community is not found.
     */
    public long add(NewBallot b) {
        KeyHolder key = new GeneratedKeyHolder();
        int written = jdbc.sql(INSERT_BALLOT + " where e.id = ? and e.vote_id = ? and e.community_id = ?")
                .params(values(b)).update(key, "id");
        if (written == 0) {
            throw new NotFound("elector " + b.electorId());
        }
        long id = Objects.requireNonNull(key.getKey()).longValue();
        b.options().stream().sorted().forEach(p -> jdbc.sql(
                "insert into ballot_option (community_id, ballot_id, position) values (?, ?, ?)")
                .params(b.communityId(), id, p).update());
        return id;
    }

    /** Makes the ballot the elector's one ballot; false when the elector already has one. */
    public boolean claim(long communityId, long voteId, long electorId, long ballotId) {
        return jdbc.sql(CLAIM + " values (?, ?, ?, ?) on conflict do nothing")
                .params(communityId, voteId, electorId, ballotId).update() == 1;
    }

    /**
     * Holds the vote's row shared while it is open, writes the ballot and makes it the elector's one ballot, in one
     * statement that commits on its own: nothing is held across a round trip to the app, and there is no transaction
     * to begin and commit ({@link RowLocks#committedAlone}). Ballots for the same vote that arrive while such a
     * statement runs wait for it, and the next statement writes them all ({@link WrittenTogether}): one statement and
     * one commit for many ballots. "Open" is the vote's own rule ({@code Vote.pastClosing}): state OPEN and before the
     * closing time, if it has one. Empty when this ballot was not written, and the caller then casts step by step,
     * which explains why: the vote not open or past its closing, the elector not the vote's, the elector holding a
     * ballot already (also when a ballot for them committed while the statement ran: the database refuses it whole),
     * a correction, inside a transaction of the caller's, and on the embedded database. The options chosen, if any,
     * are written by the same statement.
     */
    public Optional<Long> castAtOnce(NewBallot b) {
        if (b.corrects() != null) {
            return Optional.empty();
        }
        return locks.committedAlone(() -> together.write(b.voteId(), b, this::castAll));
    }

    /**
     * Writes the ballots, all for one vote, in one statement: each whose elector is the vote's and holds no ballot
     * yet, while the vote is open. An elector's second ballot in the list is not written.
     */
    public List<Optional<Long>> castAll(List<NewBallot> wanted) {
        NewBallot first = wanted.getFirst();
        Set<Long> electors = new HashSet<>();
        List<Boolean> firstOfElector = wanted.stream().map(b -> electors.add(b.electorId())).toList();
        List<NewBallot> once = IntStream.range(0, wanted.size()).filter(firstOfElector::get).mapToObj(wanted::get)
                .toList();
        Map<Long, Long> written = jdbc.sql(CAST_ALL)
                .params(column(once, NewBallot::electorId, Long[]::new),
                        column(once, b -> b.answer() == null ? null : b.answer().name(), String[]::new),
                        column(once, b -> b.channel().name(), String[]::new),
                        column(once, NewBallot::evidence, String[]::new),
                        column(once, NewBallot::proxyName, String[]::new),
                        column(once, NewBallot::authorisationRef, String[]::new),
                        column(once, NewBallot::castByResidentId, Long[]::new),
                        column(once, NewBallot::enteredBy, String[]::new),
                        column(once, b -> b.at().toString(), String[]::new),
                        column(once, b -> b.options().stream().sorted().map(String::valueOf)
                                .collect(Collectors.joining(",")), String[]::new),
                        first.voteId(), first.communityId(), first.at(), first.voteId(), first.communityId())
                .query((rs, n) -> Map.entry(rs.getLong("elector_id"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return IntStream.range(0, wanted.size()).mapToObj(i -> firstOfElector.get(i)
                ? Optional.ofNullable(written.get(wanted.get(i).electorId())) : Optional.<Long>empty()).toList();
    }

    private static <T> T[] column(List<NewBallot> ballots, Function<NewBallot, T> value, IntFunction<T[]> array) {
        return ballots.stream().map(value).toArray(array);
    }

    /** The ballot's values in the order of {@link #INSERT_BALLOT} and its elector's filter. */
    private static List<Object> values(NewBallot b) {
        return Arrays.asList(b.answer() == null ? null : b.answer().name(), b.channel().name(), b.evidence(),
                b.proxyName(), b.authorisationRef(), b.castByResidentId(), b.enteredBy(), b.at(), b.corrects(),
                b.reason(), b.electorId(), b.voteId(), b.communityId());
    }

    /** Points the elector at the correcting ballot, if the corrected one still counts. */
    public boolean replace(long communityId, long voteId, long electorId, long corrected, long correcting) {
        return jdbc.sql("update current_ballot set ballot_id = ? where vote_id = ? and community_id = ? and elector_id = ? and ballot_id = ?")
                .params(correcting, voteId, communityId, electorId, corrected).update() == 1;
    }

    public Optional<CurrentBallot> current(long communityId, long voteId, long electorId) {
        List<Integer> options = jdbc.sql("""
                select bo.position from current_ballot cb join ballot_option bo on bo.ballot_id = cb.ballot_id
                where cb.vote_id = ? and cb.elector_id = ? and cb.community_id = ? order by bo.position""")
                .params(voteId, electorId, communityId).query(Integer.class).list();
        return jdbc.sql("""
                select b.id, b.answer, b.channel, b.cast_at, b.corrects_ballot_id, b.on_behalf_by_name, b.consent_method
                from current_ballot cb
                join ballot b on b.id = cb.ballot_id where cb.vote_id = ? and cb.elector_id = ? and cb.community_id = ?""")
                .params(voteId, electorId, communityId)
                .query((rs, row) -> new CurrentBallot(rs.getLong("id"),
                        rs.getString("answer") == null ? null : Answer.valueOf(rs.getString("answer")), options,
                        BallotChannel.valueOf(rs.getString("channel")), rs.getObject("cast_at", OffsetDateTime.class),
                        rs.getObject("corrects_ballot_id") != null, rs.getString("on_behalf_by_name"),
                        rs.getString("consent_method")))
                .optional();
    }

    /** One elector's counting ballot as a recount reads it: the answer, or the options chosen. */
    public record CountedBallot(long electorId, Answer answer, List<Integer> options) {
    }

    /** Every counting ballot of the vote, in elector order, in two statements (for a recount). */
    public List<CountedBallot> counted(long communityId, long voteId) {
        Map<Long, List<Integer>> options = new HashMap<>();
        jdbc.sql("""
                select cb.elector_id, bo.position from current_ballot cb join ballot_option bo on bo.ballot_id = cb.ballot_id
                where cb.vote_id = ? and cb.community_id = ? order by cb.elector_id, bo.position""").params(voteId, communityId)
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong("elector_id"), k -> new java.util.ArrayList<>())
                            .add(rs.getInt("position"));
                });
        return jdbc.sql("""
                select cb.elector_id, b.answer from current_ballot cb join ballot b on b.id = cb.ballot_id
                where cb.vote_id = ? and cb.community_id = ? order by cb.elector_id""").params(voteId, communityId)
                .query((rs, row) -> new CountedBallot(rs.getLong("elector_id"),
                        rs.getString("answer") == null ? null : Answer.valueOf(rs.getString("answer")),
                        List.copyOf(options.getOrDefault(rs.getLong("elector_id"), List.of()))))
                .list();
    }

    /** The electors whose ballot paper was delivered (for the silence clause). */
    public Set<Long> delivered(long communityId, long voteId) {
        return Set.copyOf(jdbc.sql("select elector_id from ballot_delivery where vote_id = ? and community_id = ?")
                .params(voteId, communityId)
                .query(Long.class).list());
    }

    /** Records that the elector's ballot paper was delivered, once; the silence clause needs it. */
    public void deliver(long communityId, long voteId, long electorId, LocalDate on, String method, String by) {
        jdbc.sql("""
                insert into ballot_delivery (community_id, vote_id, elector_id, delivered_on, method, delivered_by)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, voteId, electorId, on, method, by).update();
    }

    /** What the current ballots add up to, in four grouped queries whatever the size of the electorate. */
    public BallotCounts counts(long communityId, long voteId) {
        Figures electorate = jdbc.sql("select count(*) as persons, coalesce(sum(area), 0) as area from vote_elector where vote_id = ? and community_id = ?")
                .params(voteId, communityId).query((rs, row) -> new Figures(rs.getLong("persons"), rs.getLong("area"))).single();
        Map<String, Figures> byAnswer = new HashMap<>();
        jdbc.sql("""
                select coalesce(b.answer, 'OPTIONS') as answer, count(*) as persons, coalesce(sum(e.area), 0) as area
                from current_ballot cb
                join ballot b on b.id = cb.ballot_id join vote_elector e on e.id = cb.elector_id
                where cb.vote_id = ? and cb.community_id = ? group by coalesce(b.answer, 'OPTIONS')""")
                .params(voteId, communityId).query(rs -> {
                    byAnswer.put(rs.getString("answer"), new Figures(rs.getLong("persons"), rs.getLong("area")));
                });
        Figures cast = byAnswer.values().stream().reduce(Figures.NONE, Figures::plus);
        Figures silent = jdbc.sql("""
                select count(*) as persons, coalesce(sum(e.area), 0) as area
                from ballot_delivery d join vote_elector e on e.id = d.elector_id
                where d.vote_id = ? and d.community_id = ? and not exists (select 1 from current_ballot cb
                    where cb.vote_id = d.vote_id and cb.elector_id = d.elector_id)""")
                .params(voteId, communityId).query((rs, row) -> new Figures(rs.getLong("persons"), rs.getLong("area"))).single();
        Map<Integer, Long> options = new HashMap<>();
        jdbc.sql("""
                select bo.position, count(*) as chosen from current_ballot cb join ballot_option bo on bo.ballot_id = cb.ballot_id
                where cb.vote_id = ? and cb.community_id = ? group by bo.position""")
                .params(voteId, communityId).query(rs -> {
                    options.put(rs.getInt("position"), rs.getLong("chosen"));
                });
        return new BallotCounts(electorate, cast, byAnswer.getOrDefault("AGREE", Figures.NONE),
                byAnswer.getOrDefault("DISAGREE", Figures.NONE), silent, options);
    }
}
