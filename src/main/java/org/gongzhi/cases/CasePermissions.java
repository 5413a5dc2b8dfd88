package org.gongzhi.cases;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * Who may see and move which work orders, by role and scope: the residents' committee runs the loop, each
 * responsible party handles what was dispatched to it, the reporter or the grid's branch secretary verifies.
 */
@Component
public class CasePermissions {

    private final JdbcClient jdbc;

    CasePermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean mayReport(Actor actor) {
        return actor.has(Role.RESIDENT) && actor.residentId() != null;
    }

    /** Staff of any kind, who may download the list of the work orders they see (residents see their own). */
    public boolean mayExport(Actor actor) {
        return actor.hasAny(Role.RC_STAFF, Role.ADMIN, Role.SUBDISTRICT_OFFICER, Role.PM_STAFF, Role.OC_MEMBER,
                Role.GRID_BRANCH_SECRETARY);
    }

    public CaseScope scope(Actor actor) {
        if (actor.hasAny(Role.RC_STAFF, Role.ADMIN, Role.SUBDISTRICT_OFFICER)) {
            return CaseScope.ALL;
        }
        Set<ResponsibleParty> parties = EnumSet.noneOf(ResponsibleParty.class);
        if (actor.has(Role.PM_STAFF)) {
            parties.add(ResponsibleParty.PROPERTY_COMPANY);
        }
        if (actor.has(Role.OC_MEMBER)) {
            parties.add(ResponsibleParty.OWNERS_COMMITTEE);
        }
        return new CaseScope(false, parties, secretaryGrids(actor), actor.residentId(), true);
    }

    public boolean canView(Actor actor, WorkOrder order) {
        Map<String, Object> params = new HashMap<>();
        String scope = scope(actor).where(params);
        params.put("id", order.id());
        return jdbc.sql("select count(*) from work_order w where w.id = :id and " + scope)
                .params(params).query(Long.class).single() > 0;
    }

    /** Whether the actor's role and scope allow the step; whether the state allows it is the order's call. */
    public boolean mayTake(Actor actor, WorkOrder order, CaseAction action) {
        return switch (action) {
            case ACCEPT, REJECT, DISPATCH -> actor.has(Role.RC_STAFF);
            case START, HANDLE -> handles(actor, order.party());
            case VERIFY_PASS, VERIFY_FAIL -> order.isReporter(actor.residentId())
                    || secretaryGrids(actor).contains(order.gridId());
        };
    }

    public boolean mayRate(Actor actor, WorkOrder order) {
        return order.isReporter(actor.residentId());
    }

    public boolean mayMeToo(Actor actor, WorkOrder order) {
        return mayReport(actor) && !order.isReporter(actor.residentId());
    }

    /** Anonymous reporters are known only to the residents' committee; others see named reporters if staff. */
    public boolean mayKnowReporter(Actor actor, boolean anonymous, Long reporterResidentId) {
        if (reporterResidentId != null && reporterResidentId.equals(actor.residentId())
                || actor.hasAny(Role.RC_STAFF, Role.ADMIN)) {
            return true;
        }
        return !anonymous && actor.hasAny(Role.PM_STAFF, Role.OC_MEMBER, Role.GRID_BRANCH_SECRETARY,
                Role.SUBDISTRICT_OFFICER);
    }

    private static boolean handles(Actor actor, ResponsibleParty party) {
        if (party == null) {
            return false;
        }
        return switch (party) {
            case PROPERTY_COMPANY -> actor.has(Role.PM_STAFF);
            case OWNERS_COMMITTEE -> actor.has(Role.OC_MEMBER);
            case RESIDENTS_COMMITTEE, OUTSIDE_DEPARTMENT -> actor.has(Role.RC_STAFF);
        };
    }

    private Set<Long> secretaryGrids(Actor actor) {
        Set<Long> branches = actor.scopeIds(Role.GRID_BRANCH_SECRETARY, ScopeType.BRANCH);
        if (branches.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql(
                "select id from register_grid where community_id = :community and grid_branch_id in (:b)")
                .param("community", actor.communityId()).param("b", branches).query(Long.class).list());
    }
}
