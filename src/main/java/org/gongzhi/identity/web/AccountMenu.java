package org.gongzhi.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** The person's own account, last under 更多 for everyone signed in. */
@Component
class AccountMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return List.of(MenuEntry.more(200, "/account", "nav.account"));
    }
}
