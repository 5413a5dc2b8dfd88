package org.gongzhi.voting;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;
import org.gongzhi.voting.vote.Vote;

/**
 * Who may use which of the voting module's tools: the residents' committee and the owners' committee (within its
 * zones) run votes and enter paper ballots, grid branch secretaries canvass their grids, residents vote.
 */
@Component
public class VotingPermissions {

    private final JdbcClient jdbc;

    VotingPermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owners' committee runs owners' votes; the residents' committee and administrators support it. */
    public boolean canUseTallyCalculator(Actor actor) {
        return actor.hasAny(Role.OC_MEMBER, Role.RC_STAFF, Role.ADMIN);
    }

    public boolean mayCreateVotes(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.OC_MEMBER);
    }

    /** Set up, open, close, publish, and enter staff ballots: the residents' committee, or the zone's OC members. */
    public boolean mayManage(Actor actor, long communityId, VoteScope scope) {
        if (!actor.hasAny(Role.RC_STAFF, Role.OC_MEMBER)) {
            return false;
        }
        Set<Long> zones = zonesLimiting(actor);
        return zones.isEmpty() || zones.containsAll(zonesOf(communityId, scope));
    }

    /** The zones an owners' committee member runs votes in; none for whoever runs votes anywhere. */
    public Set<Long> zonesLimiting(Actor actor) {
        return actor.has(Role.RC_STAFF) ? Set.of() : actor.scopeIds(Role.OC_MEMBER, ScopeType.ZONE);
    }

    public boolean mayManage(Actor actor, Vote vote) {
        return mayManage(actor, vote.communityId(), vote.setUp().scope());
    }

    /** Drafts are seen only by those who run them. */
    public boolean mayView(Actor actor, Vote vote) {
        return vote.state() != VoteState.DRAFT || mayManage(actor, vote);
    }

    public boolean maySeeTurnout(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.OC_MEMBER);
    }

    /** The turnout of this vote: the residents' committee's, or an owners' committee member's of a vote of their zone. */
    public boolean maySeeTurnout(Actor actor, Vote vote) {
        return actor.has(Role.RC_STAFF) || actor.has(Role.OC_MEMBER) && mayManage(actor, vote);
    }

    /** Grid workers canvass: the residents' committee anywhere, a branch secretary in the grids of the branch. */
    public boolean mayCanvass(Actor actor, long gridId) {
        if (actor.has(Role.RC_STAFF)) {
            return true;
        }
        Set<Long> branches = actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
        return !branches.isEmpty() && jdbc.sql("select count(*) from register_grid where id = :g and grid_branch_id in (:b)")
                .param("g", gridId).param("b", branches).query(Long.class).single() > 0;
    }

    private List<Long> zonesOf(long communityId, VoteScope scope) {
        String ids = scope.ids().isEmpty() ? "null" : ":ids";
        String where = switch (scope.kind()) {
            case COMMUNITY -> "";
            case BUILDINGS -> " and b.id in (" + ids + ")";
            case GRIDS -> " and b.id in (select s.building_id from register_stairwell s where s.grid_id in (" + ids + "))";
        };
        var statement = jdbc.sql("select distinct b.zone_id from register_building b where b.community_id = :c" + where)
                .param("c", communityId);
        if (!scope.ids().isEmpty()) {
            statement = statement.param("ids", scope.ids());
        }
        return statement.query(Long.class).list();
    }
}
