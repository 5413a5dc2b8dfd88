package org.gongzhi.identity;

import java.util.Set;

import org.gongzhi.shared.security.RoleGrant;

/** What it takes to open an account. */
public record NewAccount(String username, String password, String displayName, Long communityId, Long residentId,
        Set<RoleGrant> grants) {
}
