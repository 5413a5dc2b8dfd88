package org.gongzhi.community;

/** What the demo needs to know about the Aoyuan register it just seeded. */
public record AoyuanSeed(long communityId, long northZoneId, long firstGridBranchId, long residentInGridOne,
        long secretaryOfFirstBranch, long ownerInNorthZone) {
}
