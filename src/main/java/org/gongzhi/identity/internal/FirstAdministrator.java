package org.gongzhi.identity.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Outside demo mode there is no default password: the first administrator comes from
 * {@code GONGZHI_ADMIN_USERNAME} and {@code GONGZHI_ADMIN_PASSWORD}, and only while no administrator exists.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final RegisterQueries register;
    private final String username;
    private final String password;

    FirstAdministrator(Accounts accounts, RegisterQueries register,
            @Value("${gongzhi.admin.username:}") String username,
            @Value("${gongzhi.admin.password:}") String password) {
        this.accounts = accounts;
        this.register = register;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No administrator exists. Set GONGZHI_ADMIN_USERNAME and GONGZHI_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        Long community = register.firstCommunityId().orElse(null);
        if (community == null) {
            // every account belongs to a community (docs/decisions.md, "Every row carries its community")
            log.warn("No community is registered yet: the first administrator is created at the first start after "
                    + "one is.");
            return;
        }
        accounts.open(new NewAccount(username, password, username, community, null,
                Set.of(RoleGrant.communityWide(Role.ADMIN))));
        log.info("Created the first administrator account.");
    }
}
