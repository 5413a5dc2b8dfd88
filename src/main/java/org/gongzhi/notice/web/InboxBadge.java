package org.gongzhi.notice.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import org.gongzhi.notice.Inbox;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.PageModel;

/**
 * The unread count in the page header ({@code inboxBadge.unread()} in the layout), counted only when a page shows
 * it: zero for nobody signed in, and where no inbox runs (a web slice test).
 */
@Component
class InboxBadge implements PageModel {

    private final ObjectProvider<Inbox> inbox;

    InboxBadge(ObjectProvider<Inbox> inbox) {
        this.inbox = inbox;
    }

    @Override
    public void addTo(ModelMap model, HttpServletRequest request) {
        model.addAttribute("inboxBadge", new Badge(inbox));
    }

    /** Counts when asked, so a request that renders no page pays nothing. */
    public static final class Badge {

        private final ObjectProvider<Inbox> inbox;

        Badge(ObjectProvider<Inbox> inbox) {
            this.inbox = inbox;
        }

        public long unread() {
            Inbox found = inbox.getIfAvailable();
            return found == null ? 0 : Actor.current().map(found::unread).orElse(0L);
        }
    }
}
