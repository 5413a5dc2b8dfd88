package org.gongzhi.cases.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.cases.CasePermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/**
 * A person's main task stays in the bar: work orders for those who handle them, 随手拍 for a resident who does not;
 * their own reports fold under 更多.
 */
@Component
class CasesMenu implements MenuEntries {

    private final CasePermissions cases;
    private final org.gongzhi.cases.ResidentReports reports;

    CasesMenu(CasePermissions cases, org.gongzhi.cases.ResidentReports reports) {
        this.cases = cases;
        this.reports = reports;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        List<MenuEntry> entries = new ArrayList<>();
        boolean handlesCases = actor.hasAny(Role.RC_STAFF, Role.PM_STAFF, Role.OC_MEMBER, Role.GRID_BRANCH_SECRETARY,
                Role.ADMIN, Role.SUBDISTRICT_OFFICER);
        if (cases.mayReport(actor)) {
            entries.add(handlesCases ? MenuEntry.more(35, "/report", "nav.report")
                    : MenuEntry.bar(30, "/report", "nav.report"));
            entries.add(MenuEntry.more(50, "/my/cases", "nav.myCases"));
        }
        if (handlesCases) {
            entries.add(MenuEntry.bar(31, "/cases", "nav.cases"));
        }
        if (reports.mayHelp(actor)) {
            entries.add(MenuEntry.more(36, "/report-for", "nav.reportFor"));
        }
        return entries;
    }
}
