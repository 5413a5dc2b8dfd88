package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;

/** Time-bank accounts and requests in the database. */
@Repository
public class TimeBankRequests {

    private static final String REQUEST = """
            select q.id, q.team_id, t.name as team_name, q.requester_resident_id, r.name as requester_name, q.what,
            q.wanted_on, q.minutes, q.status, q.requested_at, q.helper_resident_id, h.name as helper_name,
            q.served_minutes
            from volunteer_time_request q join volunteer_team t on t.id = q.team_id
            join register_resident r on r.id = q.requester_resident_id
            left join register_resident h on h.id = q.helper_resident_id
            """;

    private final JdbcClient jdbc;

    TimeBankRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the person's account until the transaction ends, opening it the first time. */
    public void lockAccount(long communityId, long residentId) {
        jdbc.sql("insert into volunteer_time_account (resident_id, community_id) values (?, ?) on conflict do nothing")
                .params(residentId, communityId).update();
        jdbc.sql("select resident_id from volunteer_time_account where resident_id = ? and community_id = ? for update")
                .params(residentId, communityId)
                .query(Long.class).single();
    }

    /** Minutes earned (counted service), spent (served requests) and held (open requests). */
    public TimeBalance balance(long communityId, long residentId, long earned) {
        long spent = jdbc.sql("""
                select coalesce(sum(served_minutes), 0) from volunteer_time_request
                where community_id = ? and requester_resident_id = ? and status = 'SERVED'""")
                .params(communityId, residentId).query(Long.class).single();
        long held = jdbc.sql("""
                select coalesce(sum(minutes), 0) from volunteer_time_request
                where community_id = ? and requester_resident_id = ? and status in ('REQUESTED', 'MATCHED')""")
                .params(communityId, residentId).query(Long.class).single();
        return new TimeBalance(earned, spent, held);
    }

    public long add(long communityId, long teamId, long requester, String what, LocalDate wantedOn, int minutes,
            String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_time_request (community_id, team_id, requester_resident_id, what, wanted_on,
                minutes, status, requested_by, requested_at) values (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
                .params(communityId, teamId, requester, what, wantedOn, minutes, by, now).update(key, "id");
        return key.getKey().longValue();
    }

    public TimeRequest get(long communityId, long id) {
        return jdbc.sql(REQUEST + " where q.community_id = ? and q.id = ?").params(communityId, id)
                .query(Rows.of(TimeRequest.class)).optional().orElseThrow(() -> new NotFound("time request " + id));
    }

    /** Locks the request's row and reads it. */
    public TimeRequest lock(long communityId, long id) {
        jdbc.sql("select id from volunteer_time_request where community_id = ? and id = ? for update")
                .params(communityId, id).query(Long.class).optional()
                .orElseThrow(() -> new NotFound("time request " + id));
        return get(communityId, id);
    }

    public List<TimeRequest> ofRequester(long communityId, long residentId, int limit) {
        return jdbc.sql(REQUEST + " where q.community_id = ? and q.requester_resident_id = ? order by q.id desc limit ?")
                .params(communityId, residentId, limit).query(Rows.of(TimeRequest.class)).list();
    }

    /** A team's open requests, oldest first. */
    public List<TimeRequest> openForTeam(long teamId, int limit) {
        return jdbc.sql(REQUEST + " where q.team_id = ? and q.status in ('REQUESTED', 'MATCHED') order by q.id limit ?")
                .params(teamId, limit).query(Rows.of(TimeRequest.class)).list();
    }

    public void match(long communityId, long id, long helper, String by, OffsetDateTime now) {
        jdbc.sql("""
                update volunteer_time_request set status = 'MATCHED', helper_resident_id = ?, matched_by = ?,
                matched_at = ? where id = ? and community_id = ?""").params(helper, by, now, id, communityId).update();
    }

    public void served(long communityId, long id, int minutes, long serviceId, String by, OffsetDateTime now) {
        jdbc.sql("""
                update volunteer_time_request set status = 'SERVED', served_minutes = ?, service_id = ?, closed_by = ?,
                closed_at = ? where id = ? and community_id = ?""")
                .params(minutes, serviceId, by, now, id, communityId).update();
    }

    public void cancel(long communityId, long id, String by, OffsetDateTime now) {
        jdbc.sql("""
                update volunteer_time_request set status = 'CANCELLED', closed_by = ?, closed_at = ?
                where id = ? and community_id = ?""").params(by, now, id, communityId).update();
    }
}
