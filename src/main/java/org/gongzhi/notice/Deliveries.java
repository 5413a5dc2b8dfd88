package org.gongzhi.notice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.gongzhi.shared.web.PageResult;

/**
 * The delivery log: one row per notification and channel, so a notification is sent at most once on each however
 * often its event is delivered, and staff see honestly what went out, what did not and why.
 */
@Repository
public class Deliveries {

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeliveryStatus> status(long notificationId, Channel channel) {
        return jdbc.sql("select status from notice_delivery where notification_id = ? and channel = ?")
                .params(notificationId, channel.name()).query(String.class).optional().map(DeliveryStatus::valueOf);
    }

    /** Records an attempt's outcome: a new row, or the next attempt on a failed one. */
    public void record(long communityId, long notificationId, Channel channel, DeliveryStatus status, String reason,
            OffsetDateTime now) {
        int updated = jdbc.sql("""
                update notice_delivery set status = ?, detail = ?, attempts = attempts + 1, updated_at = ?
                where notification_id = ? and channel = ? and status = 'FAILED'""")
                .params(status.name(), reason, now, notificationId, channel.name()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into notice_delivery (community_id, notification_id, channel, status, detail, attempts,
                    updated_at) values (?, ?, ?, ?, ?, 1, ?) on conflict do nothing""")
                    .params(communityId, notificationId, channel.name(), status.name(), reason, now).update();
        }
    }

    /** The community's delivery log, newest first; {@code notificationId} narrows it to one notification. */
    public PageResult<Delivery> of(long communityId, Long notificationId, int page, int size) {
        String where = " where d.community_id = ?" + (notificationId == null ? "" : " and d.notification_id = ?");
        List<Object> params = notificationId == null ? List.of(communityId) : List.of(communityId, notificationId);
        long total = jdbc.sql("select count(*) from notice_delivery d" + where).params(params).query(Long.class)
                .single();
        List<Object> paged = new java.util.ArrayList<>(params);
        paged.addAll(List.of(size, page * size));
        List<Delivery> items = jdbc.sql("""
                select d.id, d.notification_id, n.kind, d.channel, d.status, d.detail, d.attempts, d.updated_at
                from notice_delivery d join notice_notification n on n.id = d.notification_id""" + where
                + " order by d.updated_at desc, d.id desc limit ? offset ?").params(paged)
                .query((rs, i) -> new Delivery(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)),
                        Channel.valueOf(rs.getString(4)), DeliveryStatus.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getInt(7), rs.getObject(8, OffsetDateTime.class)))
                .list();
        return new PageResult<>(items, page, size, total);
    }
}
