package org.gongzhi.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.identity.membership.AccountPermissions;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.web.MenuEntries;
import org.gongzhi.shared.web.MenuEntry;

/** Account administration and waiting sign-ups under 更多, for administrators and committee staff. */
@Component
class AccountAdminMenu implements MenuEntries {

    private final AccountPermissions permissions;

    AccountAdminMenu(AccountPermissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> offeredTo(Actor actor) {
        return permissions.mayAdminister(actor)
                ? List.of(MenuEntry.more(190, "/admin/accounts", "nav.adminAccounts"),
                        MenuEntry.more(191, "/admin/joins", "nav.adminJoins"))
                : List.of();
    }
}
