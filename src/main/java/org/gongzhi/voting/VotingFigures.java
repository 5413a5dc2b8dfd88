package org.gongzhi.voting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.figures.AgeBands;
import org.gongzhi.shared.figures.Participation;
import org.gongzhi.shared.jdbc.Rows;

/** Voting's own figures for the dashboard, transparency and open data: each one grouped query. */
@Service
public class VotingFigures {

    /** A vote taking ballots: how many may vote and how many have (turnout = ballots / electors). */
    public record RunningVote(long id, VoteKind kind, String title, OffsetDateTime openedAt, OffsetDateTime closesAt,
            long electors, long ballots) {
    }

    /**
     * A counted vote's result as published: persons and area (0.01 m²) in total, taking part, agreeing and
     * disagreeing. Results the vote keeps hidden are left out.
     */
    public record PublicResult(long id, VoteKind kind, String title, VoteState state, Long proposalId,
            OffsetDateTime closedAt, String outcome, long totalPersons, long totalArea, long participatingPersons,
            long participatingArea, long agreeingPersons, long agreeingArea, long disagreeingPersons,
            long disagreeingArea) {
    }

    private final JdbcClient jdbc;

    VotingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents whose ballot (cast by themselves, or for their household) counts and was cast in [from, until). */
    public List<Participation> participation(long communityId, OffsetDateTime from, OffsetDateTime until,
            AgeBands bands, LocalDate on) {
        return Participation.count(jdbc, """
                select 'VOTED' as action, coalesce(b.cast_by_resident_id, e.resident_id) as resident_id
                from current_ballot cb join ballot b on b.id = cb.ballot_id
                join vote_elector e on e.id = cb.elector_id
                where b.community_id = :community and cb.community_id = :community and b.cast_at >= :from
                    and b.cast_at < :until""",
                bands, on, communityId, from, until);
    }

    /** The votes now open, soonest closing first, with their electors and ballots counted. */
    public List<RunningVote> running(long communityId) {
        return jdbc.sql("""
                select v.id, v.kind, v.title, v.opened_at, v.closes_at,
                    (select count(*) from vote_elector e where e.vote_id = v.id) as electors,
                    (select count(*) from current_ballot cb where cb.vote_id = v.id) as ballots
                from vote v where v.community_id = ? and v.state = 'OPEN'
                order by v.closes_at, v.id""")
                .param(communityId)
                .query(Rows.of(RunningVote.class))
                .list();
    }

    /** The counted votes with their tallies, newest first. */
    public List<PublicResult> results(long communityId) {
        return jdbc.sql("""
                select v.id, v.kind, v.title, v.state, v.proposal_id, v.closed_at, t.outcome, t.total_persons,
                    t.total_area, t.participating_persons, t.participating_area, t.agreeing_persons, t.agreeing_area,
                    t.disagreeing_persons, t.disagreeing_area
                from vote v join vote_tally t on t.vote_id = v.id
                where v.community_id = ? and v.state in ('CLOSED', 'PUBLISHED') and not v.results_hidden
                order by v.closed_at desc, v.id desc""")
                .param(communityId)
                .query(Rows.of(PublicResult.class))
                .list();
    }
}
