package org.gongzhi.deliberation.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.meeting.MeetingPermissions;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Proposals in the bar and the four-party meetings under 更多, for whoever may read them. */
@Component
class DeliberationMenu implements MenuEntries {

    private final ProposalPermissions proposals;
    private final MeetingPermissions meetings;
    private final ProposalHandling handling;

    DeliberationMenu(ProposalPermissions proposals, MeetingPermissions meetings, ProposalHandling handling) {
        this.proposals = proposals;
        this.handling = handling;
        this.meetings = meetings;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        List<MenuEntry> entries = new ArrayList<>();
        if (proposals.mayRead(actor)) {
            entries.add(MenuEntry.bar(10, "/proposals", "nav.proposals"));
        }
        if (handling.mayHelp(actor)) {
            entries.add(MenuEntry.more(37, "/proposals/raise-for", "nav.raiseFor"));
        }
        if (meetings.mayRead(actor)) {
            entries.add(MenuEntry.more(70, "/meetings", "nav.meetings"));
        }
        return entries;
    }
}
