package org.gongzhi.renewal.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Micro-renewal projects under 更多, for everyone who may read them. */
@Component
class RenewalMenu implements MenuEntries {

    private final ProjectPermissions permissions;

    RenewalMenu(ProjectPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayRead(actor) ? List.of(MenuEntry.more(60, "/projects", "nav.projects")) : List.of();
    }
}
