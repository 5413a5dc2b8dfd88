package org.gongzhi.dashboard.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** The home page, first in the bar for everyone of a community, as {@link HomeController} requires. */
@Component
class HomeMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return actor.communityId() == null ? List.of() : List.of(MenuEntry.bar(0, "/", "nav.home"));
    }
}
