package org.gongzhi.patrol;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/** Who may see and change the patrol schedule: staff for every branch, a branch secretary for their own. */
@Component
public class PatrolPermissions {

    /** The schedule is no secret: every signed-in person may see when and where their grid patrols. */
    public boolean canView(Actor actor) {
        return actor != null;
    }

    public boolean canChange(Actor actor, PatrolSchedule schedule) {
        return actor.has(Role.RC_STAFF)
                || actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH).contains(schedule.gridBranchId());
    }
}
