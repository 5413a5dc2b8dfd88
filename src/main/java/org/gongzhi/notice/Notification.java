package org.gongzhi.notice;

import java.time.OffsetDateTime;

/**
 * One entry of a resident's inbox: what happened ({@code kind}) to which subject (a work order, a vote), a detail
 * to say it with (the order's new state, the vote's title), and where to look.
 */
public record Notification(long id, NotificationKind kind, long subjectId, String detail, String link,
        OffsetDateTime createdAt, OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }

    public java.time.LocalDateTime localCreatedAt() {
        return createdAt.atZoneSameInstant(Notice.ZONE).toLocalDateTime();
    }
}
