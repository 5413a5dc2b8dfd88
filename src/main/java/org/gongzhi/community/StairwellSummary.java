package org.gongzhi.community;

/** A stairwell in a list: its public code, place and grid. */
public record StairwellSummary(String code, int buildingNumber, int unitNumber, int gridNumber, String zoneName,
        int households) {
}
