package org.gongzhi.volunteer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.jdbc.Rows;

/** The people a team visits, their volunteers and their visits, in the database: two queries for any list. */
@Repository
public class CareVisits {

    private static final String RECIPIENT = """
            select c.id, c.team_id, c.resident_id, r.name, r.birth_date, s.building_number, s.unit_number, u.room,
            c.reason, c.every_days, c.note, c.added_at,
            (select max(v.visited_on) from volunteer_care_visit v where v.recipient_id = c.id) as last_visit
            from volunteer_care_recipient c join register_resident r on r.id = c.resident_id
            join register_unit u on u.id = r.unit_id join register_stairwell s on s.id = r.stairwell_id
            """;
    private static final String VISIT = """
            select v.id, v.recipient_id, v.volunteer_resident_id, r.name as volunteer_name, v.visited_on, v.wellbeing,
            v.note, v.need, v.case_id, v.recorded_by, v.recorded_at
            from volunteer_care_visit v join register_resident r on r.id = v.volunteer_resident_id
            """;

    private final JdbcClient jdbc;

    CareVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone a team visits, or only those paired with {@code volunteer} when it is given; by building. */
    public List<CareRecipient> recipients(long teamId, Long volunteer) {
        List<CareRecipient> found = jdbc.sql(RECIPIENT + " where c.team_id = ?"
                + (volunteer == null ? "" : " and exists (select 1 from volunteer_care_pair p where p.recipient_id = c.id"
                        + " and p.volunteer_resident_id = ?)")
                + " order by s.building_number, s.unit_number, u.room, c.id")
                .params(volunteer == null ? List.of(teamId) : List.of(teamId, volunteer))
                .query(CareVisits::recipient).list();
        return withPairs(found);
    }

    public CareRecipient recipient(long communityId, long id) {
        return withPairs(jdbc.sql(RECIPIENT + " where c.community_id = ? and c.id = ?").params(communityId, id)
                .query(CareVisits::recipient).optional().stream().toList()).stream().findFirst()
                .orElseThrow(() -> new NotFound("care recipient " + id));
    }

    public boolean onList(long teamId, long residentId) {
        return jdbc.sql("select count(*) from volunteer_care_recipient where team_id = ? and resident_id = ?")
                .params(teamId, residentId).query(Long.class).single() > 0;
    }

    public long add(Team team, long residentId, CareReason reason, int everyDays, String note, String by,
            OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_care_recipient (community_id, team_id, resident_id, reason, every_days, note,
                added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(team.communityId(), team.id(), residentId, reason.name(), everyDays, note, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void pair(long recipientId, long volunteer, String by, OffsetDateTime now) {
        jdbc.sql("""
                insert into volunteer_care_pair (community_id, recipient_id, volunteer_resident_id, paired_by, paired_at)
                values ((select community_id from volunteer_care_recipient where id = ?), ?, ?, ?, ?)""")
                .params(recipientId, recipientId, volunteer, by, now).update();
    }

    public long visit(CareRecipient recipient, long communityId, long volunteer, LocalDate on, Wellbeing wellbeing,
            String note, String need, Long caseId, String by, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into volunteer_care_visit (community_id, recipient_id, volunteer_resident_id, visited_on,
                wellbeing, note, need, case_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(communityId, recipient.id(), volunteer, on, wellbeing.name(), note, need, caseId, by, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A person's visits, newest first. */
    public List<CareVisit> visits(long recipientId, int limit) {
        return jdbc.sql(VISIT + " where v.recipient_id = ? order by v.visited_on desc, v.id desc limit ?")
                .params(recipientId, limit).query(Rows.of(CareVisit.class)).list();
    }

    /** Residents of sixty and over found by name, for the leader to add to the list. */
    public List<CareRecipient.Pairing> elders(long communityId, String name, LocalDate today, int limit) {
        return jdbc.sql("""
                select id, name from register_resident where community_id = ? and moved_out is null
                and birth_date <= ? and name like ? order by name, id limit ?""")
                .params(communityId, today.minusYears(60), "%" + name + "%", limit)
                .query((rs, n) -> new CareRecipient.Pairing(rs.getLong(1), rs.getString(2))).list();
    }

    private List<CareRecipient> withPairs(List<CareRecipient> recipients) {
        if (recipients.isEmpty()) {
            return recipients;
        }
        Collection<Long> ids = recipients.stream().map(CareRecipient::id).toList();
        Map<Long, List<CareRecipient.Pairing>> pairs = jdbc.sql("""
                select p.recipient_id, p.volunteer_resident_id, r.name from volunteer_care_pair p
                join register_resident r on r.id = p.volunteer_resident_id where p.recipient_id in (:ids)
                order by p.id""").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new CareRecipient.Pairing(rs.getLong(2), rs.getString(3))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return recipients.stream().map(c -> c.with(pairs.getOrDefault(c.id(), List.of()))).toList();
    }

    private static CareRecipient recipient(ResultSet rs, int n) throws SQLException {
        String home = rs.getInt("building_number") + "号楼" + rs.getInt("unit_number") + "单元" + rs.getString("room");
        return new CareRecipient(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("resident_id"),
                rs.getString("name"), rs.getObject("birth_date", LocalDate.class), home,
                CareReason.valueOf(rs.getString("reason")), rs.getInt("every_days"), rs.getString("note"),
                rs.getObject("added_at", OffsetDateTime.class), rs.getObject("last_visit", LocalDate.class), List.of());
    }
}
