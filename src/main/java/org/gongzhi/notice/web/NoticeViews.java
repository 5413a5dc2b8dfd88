package org.gongzhi.notice.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.gongzhi.notice.Audience;
import org.gongzhi.notice.Notice;
import org.gongzhi.notice.NoticeCategory;
import org.gongzhi.notice.ReadCount;

/** What the API answers about notices. */
final class NoticeViews {

    private NoticeViews() {
    }

    record PostedNotice(long id, NoticeCategory category, Audience audience, Long audienceId, String audienceName,
            String title, String body, boolean pinned, OffsetDateTime publishAt, OffsetDateTime takeDownAt,
            String publishedBy, String sourceLink, long readHouseholds, boolean readByMe) {
        static PostedNotice of(Notice n) {
            return new PostedNotice(n.id(), n.category(), n.audience(), n.audienceId(), n.audienceName(), n.title(),
                    n.body(), n.pinned(), n.publishAt(), n.takeDownAt(), n.publishedBy(), n.sourceLink(), n.reads(), n.readByMe());
        }
    }

    /** An attached file: its name, type, size in bytes and where to read it. */
    record AttachmentView(long id, String name, String contentType, long size, String url) {
        static AttachmentView of(org.gongzhi.notice.NoticeAttachment a) {
            return new AttachmentView(a.id(), a.name(), a.contentType(), a.size(),
                    "/api/v1/notices/" + a.noticeId() + "/attachments/" + a.id());
        }
    }

    record PostedNoticePage(List<PostedNotice> items, int page, int size, long total) {
    }

    record NoticeReadCount(long households, long read, long percent, List<String> unreadStairwells) {
        static NoticeReadCount of(ReadCount c) {
            return new NoticeReadCount(c.households(), c.read(), c.percent(), c.unreadStairwells());
        }
    }
}
