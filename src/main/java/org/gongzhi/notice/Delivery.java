package org.gongzhi.notice;

import java.time.OffsetDateTime;

/** One line of the delivery log: a notification on one channel. The reason says why it was not sent. */
public record Delivery(long id, long notificationId, NotificationKind kind, Channel channel, DeliveryStatus status,
        String reason, int attempts, OffsetDateTime updatedAt) {

    public java.time.LocalDateTime localUpdatedAt() {
        return updatedAt.atZoneSameInstant(Notice.ZONE).toLocalDateTime();
    }
}
