package org.gongzhi.voting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;
import org.gongzhi.voting.VotingPermissions;

/** Votes in the bar for everyone of a community; the tally calculator under 更多 for those who may use it. */
@Component
class VotingMenu implements MenuEntries {

    private final VotingPermissions permissions;

    VotingMenu(VotingPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        List<MenuEntry> entries = new ArrayList<>();
        if (actor.communityId() != null) {
            entries.add(MenuEntry.bar(20, "/votes", "nav.votes"));
        }
        if (permissions.canUseTallyCalculator(actor)) {
            entries.add(MenuEntry.more(120, "/votes/statutory-check", "nav.tally"));
        }
        return entries;
    }
}
