package org.gongzhi.notice.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.notice.Inbox;
import org.gongzhi.notice.Notification;
import org.gongzhi.notice.NotificationKind;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** The signed-in person's inbox for programs: notifications, the unread count, mark read. */
@RestController
@RequestMapping("/api/v1/notifications")
class InboxApiController {

    private final Inbox inbox;

    InboxApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    record NotificationView(long id, NotificationKind kind, long subjectId, String detail, String link,
            OffsetDateTime createdAt, boolean read) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.subjectId(), n.detail(), n.link(), n.createdAt(),
                    !n.unread());
        }
    }

    record NotificationPage(List<NotificationView> items, int page, int size, long total) {
    }

    /** Unread notifications plus unread notices for the reader's place: what the header badge shows. */
    record UnreadCount(long unread) {
    }

    @GetMapping
    NotificationPage list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResult<Notification> result = inbox.list(Permissions.actor(), PageResult.clampPage(page),
                PageResult.clampSize(size));
        return new NotificationPage(result.items().stream().map(NotificationView::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GetMapping("/unread-count")
    UnreadCount unread() {
        return new UnreadCount(inbox.unread(Permissions.actor()));
    }

    @PostMapping("/{id}/read")
    UnreadCount read(@PathVariable long id) {
        inbox.markRead(Permissions.actor(), id);
        return unread();
    }

    @PostMapping("/read-all")
    UnreadCount readAll() {
        inbox.markAllRead(Permissions.actor());
        return unread();
    }
}
