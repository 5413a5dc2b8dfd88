package org.gongzhi.patrol.record;

import org.gongzhi.cases.CasePlace;

/**
 * One item of a patrol's checklist: a stairwell of the branch's grids ({@code S:code}) or a landmark in them
 * ({@code L:name}); a null status means not walked yet.
 */
public record PatrolRecordCheck(String key, CasePlace place, PatrolRecordCheckStatus status) {

    public static final String STAIRWELL = "S:";
    public static final String LANDMARK = "L:";

    public boolean is(String statusName) {
        return status != null && status.name().equals(statusName);
    }
}
