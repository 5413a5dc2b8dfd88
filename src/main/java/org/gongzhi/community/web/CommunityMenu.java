package org.gongzhi.community.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.community.EstateMap;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/**
 * The register in the bar for those who may browse residents; the Party organisation, the map (once the community
 * is on it), owners, stairwells under 更多.
 */
@Component
class CommunityMenu implements MenuEntries {

    private final ResidentPermissions permissions;
    private final EstateMap map;

    CommunityMenu(ResidentPermissions permissions, EstateMap map) {
        this.permissions = permissions;
        this.map = map;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        List<MenuEntry> entries = new ArrayList<>();
        if (permissions.canBrowse(actor)) {
            entries.add(MenuEntry.bar(40, "/residents", "nav.residents"));
        }
        if (actor.communityId() != null) {
            entries.add(MenuEntry.more(100, "/organisation", "nav.organisation"));
        }
        if (actor.communityId() != null && map.exists(actor.communityId())) {
            entries.add(MenuEntry.more(101, "/map", "nav.map"));
        }
        if (permissions.canCompleteOwners(actor)) {
            entries.add(MenuEntry.more(105, "/residents/owners", "nav.owners"));
        }
        if (permissions.canEdit(actor)) {
            entries.add(MenuEntry.more(106, "/residents/corrections", "nav.corrections"));
        }
        if (permissions.canListStairwells(actor)) {
            entries.add(MenuEntry.more(110, "/stairwells", "nav.stairwells"));
        }
        return entries;
    }
}
