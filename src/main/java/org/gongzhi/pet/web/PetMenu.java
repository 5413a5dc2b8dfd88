package org.gongzhi.pet.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.pet.PetPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** 宠邻家 under 更多, for everyone in the community. */
@Component
class PetMenu implements MenuEntries {

    private final PetPermissions permissions;

    PetMenu(PetPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayRead(actor) ? List.of(MenuEntry.more(57, "/pets", "nav.pets")) : List.of();
    }
}
