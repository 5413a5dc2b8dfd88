package org.gongzhi.pet;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * Who may see and record pets: a household its own pets; pet volunteers (a volunteer or team leader scoped to
 * grids) the pets of their grids' stairwells, which they record door to door; residents' committee staff every
 * pet and the dog rules. Everyone else sees the statistics only.
 */
@Component
public class PetPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    public boolean isStaff(Actor actor) {
        return mayRead(actor) && actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    /** The grids a pet volunteer works in. */
    public Set<Long> volunteerGrids(Actor actor) {
        Set<Long> grids = new HashSet<>(actor.scopeIds(Role.VOLUNTEER, ScopeType.GRID));
        grids.addAll(actor.scopeIds(Role.TEAM_LEADER, ScopeType.GRID));
        return grids;
    }

    public boolean mayTakeCensus(Actor actor) {
        return isStaff(actor) || mayRead(actor) && !volunteerGrids(actor).isEmpty();
    }

    /** May record and see pets in this grid as staff or its pet volunteer. */
    public boolean mayRecordIn(Actor actor, long gridId) {
        return isStaff(actor) || mayRead(actor) && volunteerGrids(actor).contains(gridId);
    }
}
