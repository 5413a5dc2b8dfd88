package org.gongzhi.notice;

/** Where a resident lives now, at every level a notice can be addressed to. */
public record Place(long householdId, long stairwellId, long buildingId, long zoneId, long gridId) {
}
