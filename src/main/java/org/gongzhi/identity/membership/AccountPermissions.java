package org.gongzhi.identity.membership;

import java.util.Set;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Administrators and residents' committee staff administer the accounts of their own community and verify residents;
 * only an administrator grants or touches the administrator role.
 */
@Component
public class AccountPermissions {

    /** Roles staff may give a new staff account; residents' roles come only from verification. */
    static final Set<Role> STAFF_ROLES = Set.of(Role.RC_STAFF, Role.PM_STAFF, Role.OC_MEMBER,
            Role.GRID_BRANCH_SECRETARY, Role.PARTY_GROUP_LEADER, Role.VOLUNTEER, Role.TEAM_LEADER, Role.ADMIN);

    public boolean mayAdminister(Actor actor) {
        return actor.communityId() != null && actor.hasAny(Role.ADMIN, Role.RC_STAFF);
    }

    boolean mayGrant(Actor actor, Role role) {
        return STAFF_ROLES.contains(role) && (role != Role.ADMIN || actor.has(Role.ADMIN));
    }
}
