package org.gongzhi.patrol.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.patrol.PatrolPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** The measures and the patrol schedule fold under 更多. */
@Component
class PatrolMenu implements MenuEntries {

    private final PatrolPermissions patrols;

    PatrolMenu(PatrolPermissions patrols) {
        this.patrols = patrols;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        List<MenuEntry> entries = new ArrayList<>();
        if (CaseMeasures.mayView(actor)) {
            entries.add(MenuEntry.more(80, "/patrols/measures", "nav.measures"));
        }
        if (patrols.canView(actor)) {
            entries.add(MenuEntry.more(90, "/patrols/schedule", "nav.patrols").markedWithin("/patrols"));
        }
        return entries;
    }
}
