package org.gongzhi.operations.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.audit.AuditSearch;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** The audit log under 更多, for administrators. */
@Component
class OperationsMenu implements MenuEntries {

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return AuditSearch.maySearch(actor) ? List.of(MenuEntry.more(192, "/admin/audit", "nav.adminAudit")) : List.of();
    }
}
