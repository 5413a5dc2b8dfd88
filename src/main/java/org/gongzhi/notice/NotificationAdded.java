package org.gongzhi.notice;

/**
 * A notification reached a resident's inbox; published in the transaction that added it, so that its delivery on
 * the resident's other channels rides on the event publication registry (nothing lost, tried again on failure).
 */
public record NotificationAdded(long notificationId, long communityId, long residentId, NotificationKind kind) {
}
