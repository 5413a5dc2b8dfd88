package org.gongzhi.notice;

import java.util.Set;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * Who may do what with notices: everyone signed in reads those for their place; the residents' committee and the
 * property company publish to any place and see every notice with its read receipts; a grid branch secretary
 * publishes to the grids (and their stairwells) of the branch.
 */
@Component
public class NoticePermissions {

    private static final Set<Role> COMMUNITY_PUBLISHERS = Set.of(Role.RC_STAFF, Role.PM_STAFF, Role.ADMIN);

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    /** Sees every notice, scheduled and taken down too, and which stairwells have not read one. */
    public boolean mayManage(Actor actor) {
        return mayRead(actor) && actor.grants().stream().anyMatch(g -> COMMUNITY_PUBLISHERS.contains(g.role()));
    }

    public boolean mayPublish(Actor actor) {
        return mayManage(actor) || mayRead(actor) && !branches(actor).isEmpty();
    }

    /** Publishes anywhere in the community. */
    public boolean mayPublishEverywhere(Actor actor) {
        return mayRead(actor) && actor.grants().stream().anyMatch(
                g -> COMMUNITY_PUBLISHERS.contains(g.role()) && g.scopeType() == ScopeType.COMMUNITY);
    }

    /** The grid branches within whose grids the actor publishes. */
    public Set<Long> branches(Actor actor) {
        return actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
    }
}
