package org.gongzhi.notice;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.InvalidInput;

/**
 * A notice as staff write it; single fields are checked by the web layer, the rules across them here. A missing
 * publish time means now.
 */
public record NoticeInput(NoticeCategory category, Audience audience, Long audienceId, String title, String body,
        boolean pinned, OffsetDateTime publishAt, OffsetDateTime takeDownAt) {

    public void check(OffsetDateTime now) {
        if (audience != Audience.COMMUNITY && audienceId == null) {
            throw InvalidInput.of("audienceId", "notice.invalid.audienceMissing");
        }
        OffsetDateTime from = publishAt == null ? now : publishAt;
        if (takeDownAt != null && !takeDownAt.isAfter(from)) {
            throw InvalidInput.of("takeDownAt", "notice.invalid.takeDownBeforePublish");
        }
        if (takeDownAt != null && !takeDownAt.isAfter(now)) {
            throw InvalidInput.of("takeDownAt", "notice.invalid.takeDownInPast");
        }
    }
}
