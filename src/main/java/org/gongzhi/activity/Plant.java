package org.gongzhi.activity;

import java.time.OffsetDateTime;

/**
 * A plant in a garden of 我的植物邻居, with the child who has adopted it now, if any. Others see the child's name
 * masked; the child's household and staff see it whole.
 */
public record Plant(long id, long communityId, long gardenId, String gardenName, String gardenPlace,
        Long renewalProjectId, String name, String species, Long adoptionId, Long childResidentId, String childName,
        Long childHouseholdId, OffsetDateTime adoptedAt) {

    public boolean adopted() {
        return adoptionId != null;
    }
}
