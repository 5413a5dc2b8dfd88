package org.gongzhi.pet;

/** A household's home as the census needs it: the stairwell and grid it is reached by. */
public record Home(long householdId, long stairwellId, String stairwellCode, long gridId) {
}
