package org.gongzhi.community;

import java.util.Map;

/** The community at a glance. */
public record CommunityOverview(String name, String subdistrict, long households, long residents, long stairwells,
        long grids, long gridBranches, long partyGroups, long buildings, long units, long partyMembers,
        long partyVolunteers, Map<Cohort, Long> cohorts) {
}
