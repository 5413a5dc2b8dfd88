package org.gongzhi.notice.web;

import org.springframework.stereotype.Component;

import org.gongzhi.notice.Inbox;
import org.gongzhi.shared.security.Actor;

/** The unread count in the page header ({@code @inboxBadge.unread()} in the layout): zero for nobody signed in. */
@Component("inboxBadge")
public class InboxBadge {

    private final Inbox inbox;

    InboxBadge(Inbox inbox) {
        this.inbox = inbox;
    }

    public long unread() {
        return Actor.current().map(inbox::unread).orElse(0L);
    }
}
