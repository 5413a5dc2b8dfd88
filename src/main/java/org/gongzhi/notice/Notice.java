package org.gongzhi.notice;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A notice as a reader sees it: to whom, what, when it is up, where its original is when an event of another
 * module published it, and how many households have read it ({@code readByMe}: whether the reader's household has).
 */
public record Notice(long id, long communityId, NoticeCategory category, Audience audience, Long audienceId,
        String audienceName, String title, String body, boolean pinned, OffsetDateTime publishAt,
        OffsetDateTime takeDownAt, String publishedBy, String sourceLink, long reads, boolean readByMe) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Up on the boards at this moment. */
    public boolean postedAt(OffsetDateTime now) {
        return !publishAt.isAfter(now) && (takeDownAt == null || takeDownAt.isAfter(now));
    }

    public boolean scheduledAt(OffsetDateTime now) {
        return publishAt.isAfter(now);
    }

    public java.time.LocalDateTime localPublishAt() {
        return publishAt.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public java.time.LocalDateTime localTakeDownAt() {
        return takeDownAt == null ? null : takeDownAt.atZoneSameInstant(ZONE).toLocalDateTime();
    }
}
