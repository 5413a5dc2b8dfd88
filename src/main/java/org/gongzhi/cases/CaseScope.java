package org.gongzhi.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The work orders someone may see: all of them, those dispatched to their party, those in their grids, those
 * they reported, and - for everyone in the community - those that carry out an adopted proposal, since the
 * residents decided that work together and follow its progress. Saying "me too" never widens this: it can only
 * be said to a case already seen, and it keeps nothing in sight once the role or scope that showed it is gone.
 */
public record CaseScope(boolean all, Set<ResponsibleParty> parties, Set<Long> gridIds, Long residentId,
        boolean proposalFollowUps) {

    public static final CaseScope ALL = new CaseScope(true, Set.of(), Set.of(), null, true);

    /** The SQL condition on {@code work_order w}, adding its parameters. */
    String where(Map<String, Object> params) {
        if (all) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (!parties.isEmpty()) {
            any.add("w.responsible_party in (:scopeParties)");
            params.put("scopeParties", parties.stream().map(Enum::name).toList());
        }
        if (!gridIds.isEmpty()) {
            any.add("w.grid_id in (:scopeGrids)");
            params.put("scopeGrids", gridIds);
        }
        if (residentId != null) {
            any.add("w.reporter_resident_id = :scopeResident");
            params.put("scopeResident", residentId);
        }
        if (proposalFollowUps) {
            any.add("w.proposal_id is not null");
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }
}
