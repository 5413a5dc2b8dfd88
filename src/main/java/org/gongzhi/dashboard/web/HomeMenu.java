package org.gongzhi.dashboard.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.dashboard.SubdistrictComparison;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/**
 * The home page, first in the bar for everyone of a community, as {@link HomeController} requires; the community
 * dashboard under 更多 for those {@link CommunityDashboard#mayView} lets in; the public transparency page for all.
 */
@Component
class HomeMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        if (actor.communityId() == null) {
            return List.of();
        }
        List<MenuEntry> entries = new ArrayList<>(List.of(MenuEntry.bar(0, "/", "nav.home")));
        if (CommunityDashboard.mayView(actor)) {
            entries.add(MenuEntry.more(79, "/dashboard", "nav.dashboard"));
        }
        if (SubdistrictComparison.mayView(actor)) {
            entries.add(MenuEntry.more(80, "/subdistrict", "nav.subdistrict"));
        }
        entries.add(MenuEntry.more(98, "/transparency", "nav.transparency"));
        return entries;
    }
}
