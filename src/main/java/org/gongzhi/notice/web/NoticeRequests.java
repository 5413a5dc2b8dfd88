package org.gongzhi.notice.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.notice.Audience;
import org.gongzhi.notice.Notice;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.NoticeInput;

/** The JSON body and the form of a new notice. */
final class NoticeRequests {

    private NoticeRequests() {
    }

    /** A new notice; times carry their offset (2026-12-10T08:00:00+08:00); no publish time means now. */
    record NewNoticeRequest(@NotNull NoticeCategory category, @NotNull Audience audience, Long audienceId,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String body, Boolean pinned,
            OffsetDateTime publishAt, OffsetDateTime takeDownAt) {

        NoticeInput input() {
            return new NoticeInput(category, audience, audienceId, title.strip(), body.strip(),
                    Boolean.TRUE.equals(pinned), publishAt,
                    takeDownAt);
        }
    }

    /**
     * The page's form: the place as one choice ({@code GRID:5}, or {@code COMMUNITY}), times as the phone's
     * date-time picker gives them (Shanghai).
     */
    record NewNoticeForm(@NotNull NoticeCategory category, @NotBlank String place,
            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 5000) String body, Boolean pinned,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime takeDownAt) {

        NoticeInput input() {
            String[] parts = place.split(":", 2);
            Audience audience;
            Long id;
            try {
                audience = Audience.valueOf(parts[0]);
                id = parts.length > 1 ? Long.valueOf(parts[1]) : null;
            } catch (IllegalArgumentException e) {
                throw org.gongzhi.shared.domain.InvalidInput.of("place", "notice.invalid.audienceUnknown");
            }
            return new NewNoticeRequest(category, audience, id, title, body, pinned, offset(publishAt),
                    offset(takeDownAt)).input();
        }

        private static OffsetDateTime offset(LocalDateTime time) {
            return time == null ? null : time.atZone(Notice.ZONE).toOffsetDateTime();
        }
    }

    static NewNoticeForm empty() {
        return new NewNoticeForm(NoticeCategory.OTHER, "COMMUNITY", null, null, false, null, null);
    }
}
