package org.gongzhi.cases;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A work order in a list: what, where, how far along, and whether it is overdue. */
public record CaseSummary(long id, CaseCategory category, CaseState state, CasePlace place, int gridNumber,
        String description, OffsetDateTime reportedAt, OffsetDateTime deadline, boolean overdue, boolean escalated,
        int reworkCount, ResponsibleParty party, Integer rating, long meToos,
        @JsonIgnore Long reporterResidentId, String onBehalfBy) {

    /** Made for the reporter by a helper (代办): the helper's name, else null. */
    public boolean onBehalf() {
        return onBehalfBy != null;
    }

    public boolean reportedBy(Long residentId) {
        return residentId != null && residentId.equals(reporterResidentId);
    }

    /** Closed, reported by this resident, and still waiting for their rating. */
    public boolean awaitsRatingFrom(Long residentId) {
        return state == CaseState.CLOSED && rating == null && reportedBy(residentId);
    }
}
