package org.gongzhi.community;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a resident standing in a stairwell needs to find the Party organisation that serves it
 * (居民在楼道里就能找到党组织). Phone numbers are masked; {@code callable} carries the full number only when
 * the viewer lives in this stairwell. {@code lat} and {@code long} are its building's position (WGS-84 degrees),
 * empty while the community is not on the map.
 */
public record StairwellCard(String code, int buildingNumber, int unitNumber, String zoneName, int gridNumber,
        String gridName, int branchNumber, String branchName, Contact branchSecretary, String partyGroupName,
        Contact partyGroupLeader, List<Contact> volunteers, int households, boolean viewerLivesHere,
        BigDecimal lat, @JsonProperty("long") BigDecimal lon) {

    /** A person to reach: name, masked phone, and the full number only for neighbours. */
    public record Contact(String name, String phoneMasked, String callable) {
    }
}
