package org.gongzhi.privacy.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** "My data" under 更多, for everyone signed in, next to the account. */
@Component
class PrivacyMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return List.of(MenuEntry.more(201, "/account/data", "nav.myData"));
    }
}
