package org.gongzhi.notice.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.notice.NoticePermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Notices and the inbox under 更多, for everyone in the community. */
@Component
class NoticeMenu implements MenuEntries {

    private final NoticePermissions permissions;

    NoticeMenu(NoticePermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayRead(actor)
                ? List.of(MenuEntry.more(56, "/notices", "nav.notices"), MenuEntry.more(57, "/inbox", "nav.inbox"))
                : List.of();
    }
}
