package org.gongzhi.notice.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.notice.Inbox;
import org.gongzhi.notice.Notification;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/** The inbox page: notifications newest first; opening one marks it read and goes where it points. */
@Controller
@RequestMapping("/inbox")
class InboxController {

    private static final int PAGE_SIZE = 20;

    private final Inbox inbox;
    private final PostRedirectGet prg;
    private final org.gongzhi.notice.NoticePermissions permissions;

    InboxController(Inbox inbox, PostRedirectGet prg, org.gongzhi.notice.NoticePermissions permissions) {
        this.inbox = inbox;
        this.prg = prg;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        PageResult<Notification> result = inbox.list(actor, PageResult.clampPage(page), PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("hasHome", actor.residentId() != null);
        model.addAttribute("canManage", permissions.mayManage(actor));
        return "notice/inbox";
    }

    /** Marks the notification read and opens what it is about. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id, @RequestParam String link) {
        inbox.markRead(Permissions.actor(), id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/inbox");
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        return prg.attempt("/inbox", redirect, "inbox.done.allRead", () -> inbox.markAllRead(Permissions.actor()));
    }
}
