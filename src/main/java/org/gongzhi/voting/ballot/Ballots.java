package org.gongzhi.voting.ballot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.identity.OnBehalf;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.RowLocks;
import org.gongzhi.voting.tally.BallotCounts;
import org.gongzhi.voting.tally.Figures;

/**
 * Ballots, append-only: each cast or correction is a new row; {@code current_ballot} points at the one that
 * counts, and its primary key (vote, elector) is what allows one ballot per voter across every channel.
 */
@Repository
public class Ballots {

    private static final String INSERT_BALLOT = """
            insert into ballot (community_id, vote_id, elector_id, answer, channel, evidence, proxy_name,
                authorisation_ref, cast_by_resident_id, entered_by, cast_at, corrects_ballot_id, correction_reason)
            select e.community_id, e.vote_id, e.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            from vote_elector e""";
    private static final String CLAIM = """
            insert into current_ballot (community_id, vote_id, elector_id, ballot_id)""";

    private final JdbcClient jdbc;
    private final RowLocks locks;

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
     * to begin and commit ({@link RowLocks#committedAlone}). "Open" is the vote's own rule
     * ({@code Vote.pastClosing}): state OPEN and before the closing time, if it has one. Empty when nothing was
     * written, and the caller then casts step by step, which explains why: the vote not open or past its closing, the
     * elector not the vote's, the elector holding a ballot already (the database refuses the statement whole), a
     * correction, inside a transaction of the caller's, and on the embedded database. The options chosen, if any, are
     * written by the same statement.
     */
    public Optional<Long> castAtOnce(NewBallot b) {
        if (b.corrects() != null) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>(List.of(b.voteId(), b.communityId(), b.at()));
        params.addAll(values(b));
        params.add(b.options().stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        return locks.committedAlone(() -> jdbc.sql("""
                with held as (select id from vote where id = ? and community_id = ? and state = 'OPEN'
                    and (closes_at is null or closes_at > ?) %s),
                written as (%s join held on held.id = e.vote_id
                    where e.id = ? and e.vote_id = ? and e.community_id = ? returning id, community_id, vote_id,
                    elector_id),
                chosen as (insert into ballot_option (community_id, ballot_id, position)
                    select w.community_id, w.id, p.position from written w
                    cross join unnest(cast(? as integer[])) as p (position)),
                claimed as (%s select community_id, vote_id, elector_id, id from written)
                select id from written""".formatted(locks.shared(), INSERT_BALLOT, CLAIM))
                .params(params).query(Long.class).optional());
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
