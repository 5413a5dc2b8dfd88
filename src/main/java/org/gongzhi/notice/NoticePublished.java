package org.gongzhi.notice;

import java.time.OffsetDateTime;

/**
 * Staff published a notice, to go up at {@code publishAt} (now, or later); its audience's inboxes are told once when
 * it is up, whether this event is delivered once or again.
 */
public record NoticePublished(long communityId, long noticeId, OffsetDateTime publishAt) {
}
