package org.gongzhi.activity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.activity.ActivityPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Events of the programmes under 更多, for everyone in the community. */
@Component
class ActivityMenu implements MenuEntries {

    private final ActivityPermissions permissions;

    ActivityMenu(ActivityPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayRead(actor) ? List.of(MenuEntry.more(55, "/events", "nav.events")) : List.of();
    }
}
