package org.gongzhi.volunteer.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;
import org.gongzhi.volunteer.VolunteerPermissions;

/** Volunteer teams under 更多, for everyone in the community. */
@Component
class VolunteerMenu implements MenuEntries {

    private final VolunteerPermissions permissions;

    VolunteerMenu(VolunteerPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayRead(actor) ? List.of(MenuEntry.more(57, "/volunteers", "nav.volunteers"))
                : List.of();
    }
}
