package org.gongzhi.community;

import java.util.Set;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/** Who may see and change which residents. A grid branch secretary sees only the grids of their branch. */
@Component
public class ResidentPermissions {

    private final RegisterQueries register;

    ResidentPermissions(RegisterQueries register) {
        this.register = register;
    }

    public boolean canBrowse(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.GRID_BRANCH_SECRETARY);
    }

    public boolean canEdit(Actor actor) {
        return actor.has(Role.RC_STAFF);
    }

    public boolean canImportAndExport(Actor actor) {
        return actor.has(Role.RC_STAFF);
    }

    public boolean canRevealIdCard(Actor actor) {
        return actor.has(Role.RC_STAFF);
    }

    /** Owners whose identity is not on file, and the units no household lives in: staff complete the register. */
    public boolean canCompleteOwners(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    public boolean canListStairwells(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER, Role.GRID_BRANCH_SECRETARY, Role.PM_STAFF,
                Role.ADMIN);
    }

    public boolean canPrintQrCodes(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    /** The grids whose residents the actor may see. */
    public GridVisibility visibility(Actor actor) {
        if (actor.hasAny(Role.RC_STAFF, Role.SUBDISTRICT_OFFICER)) {
            return GridVisibility.ALL;
        }
        Set<Long> branches = actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
        if (branches.isEmpty()) {
            return new GridVisibility(false, Set.of());
        }
        return new GridVisibility(false, register.gridIdsOfBranches(branches));
    }

    /** Either every grid, or just these. */
    public record GridVisibility(boolean all, Set<Long> gridIds) {

        public static final GridVisibility ALL = new GridVisibility(true, Set.of());

        public boolean none() {
            return !all && gridIds.isEmpty();
        }

        public boolean includes(long gridId) {
            return all || gridIds.contains(gridId);
        }
    }
}
