package org.gongzhi.thinktank.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** The think tank under 更多, for everyone in the community (residents offer their skills there). */
@Component
class ThinkTankMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return actor.communityId() != null ? List.of(MenuEntry.more(58, "/thinktank", "nav.thinktank")) : List.of();
    }
}
