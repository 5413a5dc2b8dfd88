package org.gongzhi.renewal;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what with micro-renewal projects: everybody signed in to the community sees them and their
 * spending; the residents' committee and the property company, who carry out the work, manage them.
 */
@Component
public class ProjectPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    public boolean mayManage(Actor actor) {
        return mayRead(actor) && actor.hasAny(Role.RC_STAFF, Role.PM_STAFF);
    }
}
