package org.gongzhi.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.web.PageResult;

/**
 * The residents' inboxes. Each notification carries the key of what caused it, unique per resident, so an event
 * delivered twice (the publication registry retries after a crash) notifies once.
 */
@Repository
public class Notifications {

    private static final String COLUMNS = "select id, kind, subject_id, detail, link, created_at, read_at"
            + " from notice_notification";

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the notification unless one with the same source already reached the resident; answers whether. */
    public boolean add(long communityId, long residentId, NotificationKind kind, long subjectId, String detail,
            String link, String sourceKey, OffsetDateTime now) {
        return jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                source_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, residentId, kind.name(), subjectId, detail, link, sourceKey, now).update() > 0;
    }

    /** The residents living in a household now. */
    public List<Long> householdMembers(long communityId, long householdId) {
        return jdbc.sql("select id from register_resident where community_id = ? and household_id = ?"
                + " and moved_out is null order by id").params(communityId, householdId).query(Long.class).list();
    }

    /** Tells everyone who was told a vote opened of its result, once each. */
    public int addToThoseTold(long communityId, NotificationKind told, long subjectId, NotificationKind kind,
            String sourceKey, OffsetDateTime now) {
        return jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                source_key, created_at)
                select o.community_id, o.resident_id, ?, o.subject_id, o.detail, o.link, ?, ? from notice_notification o
                where o.community_id = ? and o.kind = ? and o.subject_id = ? and not exists (
                    select 1 from notice_notification x where x.resident_id = o.resident_id and x.source_key = ?)""")
                .params(kind.name(), sourceKey, now, communityId, told.name(), subjectId, sourceKey).update();
    }

    /** Which of these sources already reached the resident. */
    public Set<String> sourcesKnown(long residentId, Collection<String> sourceKeys) {
        if (sourceKeys.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select source_key from notice_notification where resident_id = :r"
                + " and source_key in (:keys)").param("r", residentId).param("keys", sourceKeys)
                .query(String.class).list());
    }

    public PageResult<Notification> of(long communityId, long residentId, int page, int size) {
        long total = jdbc.sql("select count(*) from notice_notification where community_id = ? and resident_id = ?")
                .params(communityId, residentId).query(Long.class).single();
        List<Notification> items = jdbc.sql(COLUMNS + " where community_id = ? and resident_id = ?"
                + " order by created_at desc, id desc limit ? offset ?")
                .params(communityId, residentId, size, page * size).query(Notifications::notification).list();
        return new PageResult<>(items, page, size, total);
    }

    public long unread(long communityId, long residentId) {
        return jdbc.sql("""
                select count(*) from notice_notification where community_id = ? and resident_id = ?
                and read_at is null""").params(communityId, residentId).query(Long.class).single();
    }

    /** Marks the resident's notification read; answers whether the resident has one of this id. */
    public boolean markRead(long communityId, long residentId, long id, OffsetDateTime now) {
        return jdbc.sql("""
                update notice_notification set read_at = coalesce(read_at, ?)
                where community_id = ? and resident_id = ? and id = ?""")
                .params(now, communityId, residentId, id).update() > 0;
    }

    public int markAllRead(long communityId, long residentId, OffsetDateTime now) {
        return jdbc.sql("""
                update notice_notification set read_at = ? where community_id = ? and resident_id = ?
                and read_at is null""").params(now, communityId, residentId).update();
    }

    private static Notification notification(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getLong("subject_id"), rs.getString("detail"), rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
    }
}
