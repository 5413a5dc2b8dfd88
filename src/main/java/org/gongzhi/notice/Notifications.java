package org.gongzhi.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.web.PageResult;

/**
 * The inboxes: residents' and, for what lands in their to-do, staff accounts'. Each notification carries the key of
 * what caused it, unique per resident (or account), so an event
 * delivered twice (the publication registry retries after a crash) notifies once. Each notification added
 * publishes {@link NotificationAdded} in the adding transaction, which carries it to the resident's other channels.
 */
@Repository
public class Notifications {

    private static final String COLUMNS = "select id, kind, subject_id, detail, link, created_at, read_at"
            + " from notice_notification";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final ApplicationEventPublisher events;

    Notifications(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
    }

    /** Adds the notification unless one with the same source already reached the resident; answers whether. */
    public boolean add(long communityId, long residentId, NotificationKind kind, long subjectId, String detail,
            String link, String sourceKey, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        int added = jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                source_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(communityId, residentId, kind.name(), subjectId, detail, link, sourceKey, now)
                .update(key, "id");
        if (added == 0 || key.getKey() == null) {
            return false;
        }
        if (wantsMore(residentId, kind)) {
            events.publishEvent(new NotificationAdded(key.getKey().longValue(), communityId, residentId, kind));
        }
        return true;
    }

    /** Whether the resident chose any channel besides the inbox for this kind: only then is there more to send. */
    private boolean wantsMore(long residentId, NotificationKind kind) {
        return jdbc.sql("select count(*) from notice_preference where resident_id = ? and kind = ?")
                .params(residentId, kind.name()).query(Long.class).single() > 0;
    }

    /** One notification of a resident, for delivering it. */
    public java.util.Optional<Notification> get(long communityId, long residentId, long id) {
        return jdbc.sql(COLUMNS + " where community_id = ? and resident_id = ? and id = ?")
                .params(communityId, residentId, id).query(Notifications::notification).optional();
    }

    /** The residents living in a household now. */
    public List<Long> householdMembers(long communityId, long householdId) {
        return jdbc.sql("select id from register_resident where community_id = ? and household_id = ?"
                + " and moved_out is null order by id").params(communityId, householdId).query(Long.class).list();
    }

    /** Residents told per statement when a whole area hears of something. */
    private static final int CHUNK = 1_000;

    /**
     * Tells each of these residents who still lives here, once: a thousand at a time in one statement each, so that
     * a whole community (15,000 people) is told in a few dozen statements rather than one insert per person.
     * Answers how many were told now (a redelivered event tells nobody again).
     */
    public int addAll(long communityId, List<Long> residentIds, NotificationKind kind, long subjectId, String detail,
            String link, String sourceKey, OffsetDateTime now) {
        int added = 0;
        for (int from = 0; from < residentIds.size(); from += CHUNK) {
            List<Long> chunk = residentIds.subList(from, Math.min(residentIds.size(), from + CHUNK));
            added += jdbc.sql("""
                    insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                    source_key, created_at)
                    select r.community_id, r.id, :kind, :subject, :detail, :link, :source, :now from register_resident r
                    where r.community_id = :community and r.id in (:residents) and r.moved_out is null
                    on conflict do nothing""").param("kind", kind.name()).param("subject", subjectId)
                    .param("detail", detail).param("link", link).param("source", sourceKey).param("now", now)
                    .param("community", communityId).param("residents", chunk).update();
        }
        if (added > 0) {
            publishAdded(communityId, kind, sourceKey, now);
        }
        return added;
    }

    /**
     * Tells everyone living now in a place of the register (the whole community, a zone, a grid, a building or a
     * stairwell) but one, once each, in one statement however many live there; answers how many were told now.
     */
    public int addToAudience(long communityId, Audience audience, Long audienceId, Long except, NotificationKind kind,
            long subjectId, String detail, String link, String sourceKey, OffsetDateTime now) {
        List<Object> params = new java.util.ArrayList<>(List.of(kind.name(), subjectId, detail, link, sourceKey, now,
                communityId, communityId));
        if (audience != Audience.COMMUNITY) {
            params.add(audienceId);
        }
        params.add(except == null ? -1L : except);
        int added = jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                source_key, created_at)
                select r.community_id, r.id, ?, ?, ?, ?, ?, ? from register_resident r
                join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and r.moved_out is null and s.community_id = ? and\s"""
                + audience.stairwellsOf() + " and r.id <> ? on conflict do nothing").params(params).update();
        if (added > 0) {
            publishAdded(communityId, kind, sourceKey, now);
        }
        return added;
    }

    /** Tells everyone who was told a vote opened of its result, once each. */
    public int addToThoseTold(long communityId, NotificationKind told, long subjectId, NotificationKind kind,
            String sourceKey, OffsetDateTime now) {
        int added = jdbc.sql("""
                insert into notice_notification (community_id, resident_id, kind, subject_id, detail, link,
                source_key, created_at)
                select o.community_id, o.resident_id, ?, o.subject_id, o.detail, o.link, ?, ? from notice_notification o
                where o.community_id = ? and o.kind = ? and o.subject_id = ? and not exists (
                    select 1 from notice_notification x where x.resident_id = o.resident_id and x.source_key = ?)""")
                .params(kind.name(), sourceKey, now, communityId, told.name(), subjectId, sourceKey).update();
        if (added > 0) {
            publishAdded(communityId, kind, sourceKey, now);
        }
        return added;
    }

    /**
     * Carries the notifications just added from one source to the other channels of those who chose any: this source
     * at this moment (a redelivered event added none and publishes none).
     */
    private void publishAdded(long communityId, NotificationKind kind, String sourceKey, OffsetDateTime now) {
        // driven by the few who chose a channel for the kind, each found through (resident, source): no scan of a
        // notification table that holds a row per resident per notice
        jdbc.sql("""
                select n.id, n.resident_id from notice_notification n where n.resident_id in (
                select p.resident_id from notice_preference p where p.community_id = ? and p.kind = ?)
                and n.source_key = ? and n.created_at = ? and n.community_id = ?""")
                .params(communityId, kind.name(), sourceKey, now, communityId)
                .query((rs, n) -> new NotificationAdded(rs.getLong(1), communityId, rs.getLong(2), kind)).list()
                .forEach(events::publishEvent);
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

    /** Whose inbox: what reaches the person's home in the register (none: -1) and what reaches their account. */
    private static final String MINE = " community_id = ? and (resident_id = ? or account_id = ?)";

    public PageResult<Notification> of(long communityId, Long residentId, long accountId, int page, int size) {
        long total = jdbc.sql("select count(*) from notice_notification where" + MINE)
                .params(communityId, home(residentId), accountId).query(Long.class).single();
        List<Notification> items = jdbc.sql(COLUMNS + " where" + MINE
                + " order by created_at desc, id desc limit ? offset ?")
                .params(communityId, home(residentId), accountId, size, page * size)
                .query(Notifications::notification).list();
        return new PageResult<>(items, page, size, total);
    }

    public long unread(long communityId, Long residentId, long accountId) {
        return jdbc.sql("select count(*) from notice_notification where" + MINE + " and read_at is null")
                .params(communityId, home(residentId), accountId).query(Long.class).single();
    }

    /**
     * Unread notifications but those of notices: the badge counts a notice for the reader's place once, as a notice
     * their household has not read.
     */
    public long unreadBesidesNotices(long communityId, Long residentId, long accountId) {
        return jdbc.sql("select count(*) from notice_notification where" + MINE + " and read_at is null and kind <> ?")
                .params(communityId, home(residentId), accountId, NotificationKind.NOTICE_PUBLISHED.name())
                .query(Long.class).single();
    }

    /** Marks read what a source told the resident (opening a notice reads its notification too). */
    public void markSourceRead(long communityId, long residentId, String sourceKey, OffsetDateTime now) {
        jdbc.sql("""
                update notice_notification set read_at = ? where community_id = ? and resident_id = ?
                and source_key = ? and read_at is null""").params(now, communityId, residentId, sourceKey).update();
    }

    /** Marks the person's notification read; answers whether they have one of this id. */
    public boolean markRead(long communityId, Long residentId, long accountId, long id, OffsetDateTime now) {
        return jdbc.sql("update notice_notification set read_at = coalesce(read_at, ?) where" + MINE + " and id = ?")
                .params(now, communityId, home(residentId), accountId, id).update() > 0;
    }

    public int markAllRead(long communityId, Long residentId, long accountId, OffsetDateTime now) {
        return jdbc.sql("update notice_notification set read_at = ? where" + MINE + " and read_at is null")
                .params(now, communityId, home(residentId), accountId).update();
    }

    private static long home(Long residentId) {
        return residentId == null ? -1 : residentId;
    }

    /**
     * Tells these staff accounts of something that landed in their to-do, once each per source, in one batch; the inbox
     * only (channels are chosen per home). Answers how many were told now.
     */
    public int addToAccounts(long communityId, List<Long> accountIds, NotificationKind kind, long subjectId,
            String detail, String link, String sourceKey, OffsetDateTime now) {
        if (accountIds.isEmpty()) {
            return 0;
        }
        int[] added = batch.batchUpdate("""
                insert into notice_notification (community_id, account_id, kind, subject_id, detail, link,
                source_key, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                accountIds.stream().map(account -> new Object[] {communityId, account, kind.name(), subjectId, detail,
                        link, sourceKey, now}).toList());
        return java.util.Arrays.stream(added).map(n -> Math.max(n, 0)).sum();
    }

    private static Notification notification(ResultSet rs, int n) throws SQLException {
        return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getLong("subject_id"), rs.getString("detail"), rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
    }
}
