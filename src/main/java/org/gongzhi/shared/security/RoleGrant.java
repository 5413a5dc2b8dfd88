package org.gongzhi.shared.security;

import java.io.Serializable;

/** One role held within one scope, e.g. grid branch secretary of branch 1. */
public record RoleGrant(Role role, ScopeType scopeType, Long scopeId) implements Serializable {

    public static RoleGrant communityWide(Role role) {
        return new RoleGrant(role, ScopeType.COMMUNITY, null);
    }
}
