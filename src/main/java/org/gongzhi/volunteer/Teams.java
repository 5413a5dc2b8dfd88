package org.gongzhi.volunteer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;
import org.gongzhi.shared.web.PageResult;

/**
 * Teams, their members and the service they give, in the database. Only service nobody has corrected counts
 * ({@link #EFFECTIVE}); totals are summed in SQL, one query per board or person.
 */
@Repository
public class Teams {

    private static final String TEAM = """
            select t.id, t.community_id, t.code, t.name, t.purpose, t.leader_resident_id, l.name as leader_name,
            t.patrol_branch_number,
            (select count(*) from volunteer_member m where m.team_id = t.id and m.status = 'MEMBER') as members
            from volunteer_team t left join register_resident l on l.id = t.leader_resident_id
            """;
    private static final String MEMBER = """
            select m.id, m.team_id, m.resident_id, r.name, m.status, m.requested_at, m.decided_by
            from volunteer_member m join register_resident r on r.id = m.resident_id
            """;
    private static final String SERVICE = """
            select s.id, s.team_id, t.name as team_name, s.resident_id, r.name, s.served_on, s.minutes, s.activity,
            s.what_done, s.source, s.corrects_id, s.reason, s.verified_by, s.recorded_at,
            exists (select 1 from volunteer_service c where c.corrects_id = s.id) as superseded
            from volunteer_service s join volunteer_team t on t.id = s.team_id
            join register_resident r on r.id = s.resident_id
            """;
    /** The condition that keeps only service nobody has corrected. */
    private static final String EFFECTIVE = " not exists (select 1 from volunteer_service c where c.corrects_id = s.id)";

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Team> teams(long communityId) {
        return jdbc.sql(TEAM + " where t.community_id = ? order by t.patrol_branch_number nulls first, t.id")
                .params(communityId).query(Rows.of(Team.class)).list();
    }

    public Team team(long communityId, long id) {
        return jdbc.sql(TEAM + " where t.community_id = ? and t.id = ?").params(communityId, id)
                .query(Rows.of(Team.class)).optional().orElseThrow(() -> new NotFound("team " + id));
    }

    /** Holds the team's row until the transaction ends: changes to its members and service queue behind it. */
    public void lock(long teamId) {
        jdbc.sql("select id from volunteer_team where id = ? for update").param(teamId).query(Long.class).single();
    }

    public Optional<Team> patrolTeam(long communityId, int branchNumber) {
        return jdbc.sql(TEAM + " where t.community_id = ? and t.patrol_branch_number = ?")
                .params(communityId, branchNumber).query(Rows.of(Team.class)).optional();
    }

    public Optional<Team> team(long communityId, String code) {
        return jdbc.sql(TEAM + " where t.community_id = ? and t.code = ?").params(communityId, code)
                .query(Rows.of(Team.class)).optional();
    }

    public long addTeam(long communityId, String code, String name, String purpose, Long leaderResidentId,
            Integer patrolBranchNumber, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_team (community_id, code, name, purpose, leader_resident_id, patrol_branch_number,
                created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, code, name, purpose, leaderResidentId, patrolBranchNumber, now).update(key, "id");
        return key.getKey().longValue();
    }

    /** The resident's name, if they live in the community. */
    public Optional<String> residentName(long communityId, long residentId) {
        return jdbc.sql("select name from register_resident where community_id = ? and id = ? and moved_out is null")
                .params(communityId, residentId).query(String.class).optional();
    }

    public PageResult<Member> members(long teamId, MembershipStatus status, int page, int size) {
        long total = jdbc.sql("select count(*) from volunteer_member where team_id = ? and status = ?")
                .params(teamId, status.name()).query(Long.class).single();
        List<Member> items = jdbc.sql(MEMBER + " where m.team_id = ? and m.status = ? order by m.id limit ? offset ?")
                .params(teamId, status.name(), size, page * size).query(Rows.of(Member.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    public Optional<Member> membership(long teamId, long residentId) {
        return jdbc.sql(MEMBER + " where m.team_id = ? and m.resident_id = ?").params(teamId, residentId)
                .query(Rows.of(Member.class)).optional();
    }

    public Member member(long teamId, long memberId) {
        return jdbc.sql(MEMBER + " where m.team_id = ? and m.id = ?").params(teamId, memberId)
                .query(Rows.of(Member.class)).optional().orElseThrow(() -> new NotFound("member " + memberId));
    }

    /** The teams the resident belongs to or has asked to join, by team id. */
    public List<Member> membershipsOf(long communityId, long residentId) {
        return jdbc.sql(MEMBER + " where m.community_id = ? and m.resident_id = ? order by m.team_id")
                .params(communityId, residentId).query(Rows.of(Member.class)).list();
    }

    /** Asks to join (again, after a refusal or leaving) or, with {@code decidedBy}, joins at once. */
    public void join(Team team, long residentId, MembershipStatus status, String decidedBy, OffsetDateTime now) {
        int changed = jdbc.sql("""
                update volunteer_member set status = ?, requested_at = ?, decided_by = ?, decided_at = ?
                where team_id = ? and community_id = ? and resident_id = ?""")
                .params(status.name(), now, decidedBy, decidedBy == null ? null : now, team.id(), team.communityId(),
                        residentId).update();
        if (changed == 0) {
            jdbc.sql("""
                    insert into volunteer_member (community_id, team_id, resident_id, status, requested_at, decided_by,
                    decided_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(team.communityId(), team.id(), residentId, status.name(), now, decidedBy,
                            decidedBy == null ? null : now).update();
        }
    }

    /** Moves a membership from one status to another; false when it no longer stands where expected. */
    public boolean decide(Member member, MembershipStatus from, MembershipStatus to, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update volunteer_member set status = ?, decided_by = ?, decided_at = ? where id = ? and status = ?""")
                .params(to.name(), by, now, member.id(), from.name()).update() == 1;
    }

    /** Records service; a {@code sourceKey} (patrol record and person) may be recorded once only. */
    public long record(Team team, ServiceInput input, ServiceSource source, String sourceKey, Long correctsId,
            String reason, String verifiedBy, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_service (community_id, team_id, resident_id, served_on, minutes, activity,
                what_done, source, source_key, corrects_id, reason, verified_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(team.communityId(), team.id(), input.residentId(), input.servedOn(), input.minutes(),
                        input.activity(), input.whatDone(), source.name(), sourceKey, correctsId, reason, verifiedBy,
                        now).update(key, "id");
        return key.getKey().longValue();
    }

    public boolean recorded(String sourceKey) {
        return jdbc.sql("select count(*) from volunteer_service where source_key = ?").param(sourceKey)
                .query(Long.class).single() > 0;
    }

    public ServiceRecord service(long communityId, long id) {
        return jdbc.sql(SERVICE + " where s.community_id = ? and s.id = ?").params(communityId, id)
                .query(Rows.of(ServiceRecord.class)).optional().orElseThrow(() -> new NotFound("service " + id));
    }

    /** A person's service, newest first, corrected entries included (marked). */
    public PageResult<ServiceRecord> serviceOf(long communityId, long residentId, int page, int size) {
        long total = jdbc.sql("select count(*) from volunteer_service where community_id = ? and resident_id = ?")
                .params(communityId, residentId).query(Long.class).single();
        List<ServiceRecord> items = jdbc.sql(SERVICE + " where s.community_id = ? and s.resident_id = ?"
                + " order by s.served_on desc, s.id desc limit ? offset ?").params(communityId, residentId, size,
                        page * size).query(Rows.of(ServiceRecord.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every verified entry of a person that counts, oldest first, for the certificate. */
    public List<ServiceRecord> countedServiceOf(long communityId, long residentId) {
        return jdbc.sql(SERVICE + " where s.community_id = ? and s.resident_id = ? and s.minutes > 0 and" + EFFECTIVE
                + " order by s.served_on, s.id").params(communityId, residentId).query(Rows.of(ServiceRecord.class))
                .list();
    }

    /** A team's service, newest first. */
    public PageResult<ServiceRecord> serviceOfTeam(long teamId, int page, int size) {
        long total = jdbc.sql("select count(*) from volunteer_service where team_id = ?").param(teamId)
                .query(Long.class).single();
        List<ServiceRecord> items = jdbc.sql(SERVICE + " where s.team_id = ? order by s.served_on desc, s.id desc"
                + " limit ? offset ?").params(teamId, size, page * size).query(Rows.of(ServiceRecord.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** A person's counted minutes of service, in all teams. */
    public Standing standing(long communityId, long residentId, String name) {
        long minutes = jdbc.sql("select coalesce(sum(s.minutes), 0) from volunteer_service s"
                + " where s.community_id = ? and s.resident_id = ? and" + EFFECTIVE).params(communityId, residentId)
                .query(Long.class).single();
        return new Standing(residentId, name, minutes);
    }

    /** The honour board: the people with most counted service, in one team or the whole community. */
    public List<Standing> board(long communityId, Long teamId, int limit) {
        return jdbc.sql("""
                select s.resident_id, r.name, sum(s.minutes) as minutes from volunteer_service s
                join register_resident r on r.id = s.resident_id
                where s.community_id = ? and (cast(? as bigint) is null or s.team_id = ?) and""" + EFFECTIVE + """
                 group by s.resident_id, r.name having sum(s.minutes) > 0
                order by minutes desc, s.resident_id limit ?""")
                .params(communityId, teamId, teamId, limit).query(Rows.of(Standing.class)).list();
    }

    /** How many people have reached each star level, from the lowest up (index 0 is 一星). */
    public long[] starCounts(long communityId) {
        List<Long> totals = jdbc.sql("select sum(s.minutes) from volunteer_service s where s.community_id = ? and"
                + EFFECTIVE + " group by s.resident_id having sum(s.minutes) >= ?")
                .params(communityId, Star.ONE.minutes()).query(Long.class).list();
        long[] counts = new long[Star.values().length];
        totals.forEach(m -> Star.of(m).ifPresent(star -> counts[star.ordinal()]++));
        return counts;
    }

    /** The residents the staff may add to a team or record for, found by name. */
    public List<Member> findMembers(long teamId, String name, int limit) {
        return jdbc.sql(MEMBER + " where m.team_id = ? and m.status = 'MEMBER' and r.name like ? order by r.name, m.id"
                + " limit ?").params(teamId, "%" + name + "%", limit).query(Rows.of(Member.class)).list();
    }
}
