package org.gongzhi.renewal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.web.PageResult;

/**
 * Acceptance rounds and their answers in the database. The counts are read from the answers every time, so they
 * cannot drift from them; the unique constraint on (round, household) keeps one answer per household under any
 * concurrency.
 */
@Repository
public class Acceptances {

    private static final String ROUND = """
            select a.id, a.project_id, a.round, a.area, a.places, a.opened_at, a.closes_on, a.pass_percent, a.state,
              a.closed_at,
              (select count(*) from renewal_acceptance_answer x where x.acceptance_id = a.id
                 and x.verdict = 'SATISFIED') as satisfied,
              (select count(*) from renewal_acceptance_answer x where x.acceptance_id = a.id
                 and x.verdict = 'BASICALLY_SATISFIED') as basically,
              (select count(*) from renewal_acceptance_answer x where x.acceptance_id = a.id
                 and x.verdict = 'NOT_SATISFIED') as not_satisfied
            from renewal_acceptance a""";

    private final JdbcClient jdbc;

    Acceptances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long open(long communityId, long projectId, AcceptanceInput.Checked c, int passPercent,
            OffsetDateTime at) {
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from renewal_acceptance where project_id = ?")
                .param(projectId).query(Integer.class).single();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_acceptance (community_id, project_id, round, area, places, opened_at, closes_on,
                pass_percent, state) values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(communityId, projectId, round, c.area().name(), c.placesText(), at, c.closesOn(),
                        passPercent)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The project's latest round, if it was ever completed. */
    public Optional<Acceptance> latest(long communityId, long projectId) {
        return jdbc.sql(ROUND + " where a.community_id = ? and a.project_id = ? order by a.round desc limit 1")
                .params(communityId, projectId).query(Acceptances::round).optional();
    }

    /** Locks the project's latest round for the rest of the transaction and reads it. */
    public Optional<Acceptance> lockLatest(long communityId, long projectId) {
        jdbc.sql("""
                select id from renewal_acceptance where community_id = ? and project_id = ?
                and round = (select max(round) from renewal_acceptance where project_id = ?) for update""")
                .params(communityId, projectId, projectId).query(Long.class).optional();
        return latest(communityId, projectId);
    }

    /** Adds a household's answer; false when the household has answered this round already. */
    public boolean answer(long communityId, long acceptanceId, long householdId, long residentId, AnswerInput a,
            OffsetDateTime at) {
        return jdbc.sql("""
                insert into renewal_acceptance_answer (community_id, acceptance_id, household_id, resident_id, verdict,
                comment, answered_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(communityId, acceptanceId, householdId, residentId, a.verdict().name(), a.commentText(), at)
                .update() == 1;
    }

    /** The verdict the household gave in this round, if it answered. */
    public Optional<AcceptanceVerdict> answerOf(long acceptanceId, long householdId) {
        return jdbc.sql("select verdict from renewal_acceptance_answer where acceptance_id = ? and household_id = ?")
                .params(acceptanceId, householdId).query(String.class).optional().map(AcceptanceVerdict::valueOf);
    }

    public void close(long acceptanceId, AcceptanceState outcome, OffsetDateTime at) {
        jdbc.sql("update renewal_acceptance set state = ?, closed_at = ? where id = ? and state = 'OPEN'")
                .params(outcome.name(), at, acceptanceId).update();
    }

    /** One page of the round's comments, oldest first, naming nobody. */
    public PageResult<AcceptanceComment> comments(long acceptanceId, int page, int size) {
        long total = jdbc.sql("""
                select count(*) from renewal_acceptance_answer where acceptance_id = ? and comment is not null""")
                .param(acceptanceId).query(Long.class).single();
        List<AcceptanceComment> items = jdbc.sql("""
                select verdict, comment, answered_at from renewal_acceptance_answer
                where acceptance_id = ? and comment is not null order by id limit ? offset ?""")
                .params(acceptanceId, size, (long) page * size)
                .query((rs, n) -> new AcceptanceComment(AcceptanceVerdict.valueOf(rs.getString("verdict")),
                        rs.getString("comment"), rs.getObject("answered_at", OffsetDateTime.class)))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** The comments of the households that were not satisfied, oldest first, for the rework. */
    public List<String> complaints(long acceptanceId, int limit) {
        return jdbc.sql("""
                select comment from renewal_acceptance_answer where acceptance_id = ? and verdict = 'NOT_SATISFIED'
                and comment is not null order by id limit ?""").params(acceptanceId, limit).query(String.class)
                .list();
    }

    /** Open rounds whose last day is before {@code today}, as (community, project) pairs. */
    public List<long[]> due(LocalDate today) {
        return jdbc.sql("select community_id, project_id from renewal_acceptance where state = 'OPEN' and closes_on < ?")
                .param(today).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private static Acceptance round(ResultSet rs, int n) throws SQLException {
        String places = rs.getString("places");
        return Acceptance.counted(rs.getLong("id"), rs.getLong("project_id"), rs.getInt("round"),
                AcceptanceArea.valueOf(rs.getString("area")),
                places == null ? List.of() : Arrays.asList(places.split(",")),
                rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closes_on", LocalDate.class),
                rs.getInt("pass_percent"), AcceptanceState.valueOf(rs.getString("state")), rs.getInt("satisfied"),
                rs.getInt("basically"), rs.getInt("not_satisfied"), rs.getObject("closed_at", OffsetDateTime.class));
    }
}
