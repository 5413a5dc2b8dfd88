package org.gongzhi.activity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.activity.ActivityPermissions;
import org.gongzhi.activity.EventHandling;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Events of the programmes under 更多, for everyone in the community; 代办报名 for those who may help. */
@Component
class ActivityMenu implements MenuEntries {

    private final ActivityPermissions permissions;
    private final EventHandling events;

    ActivityMenu(ActivityPermissions permissions, EventHandling events) {
        this.permissions = permissions;
        this.events = events;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        if (!permissions.mayRead(actor)) {
            return List.of();
        }
        // 代办报名 only for those who may help; on its page the longer path is the one marked current
        return events.mayHelp(actor) ? List.of(MenuEntry.more(55, "/events", "nav.events"),
                MenuEntry.more(56, "/events/register-for", "nav.registerFor"))
                : List.of(MenuEntry.more(55, "/events", "nav.events"));
    }
}
