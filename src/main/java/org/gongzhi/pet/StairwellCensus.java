package org.gongzhi.pet;

import java.time.LocalDate;

/** One stairwell of a building in the census: its living pets by species, and the last door-to-door visit. */
public record StairwellCensus(long stairwellId, String code, int unitNumber, int gridNumber, long dogs, long cats,
        long others, LocalDate visitedOn, Integer petsFound) {

    public long total() {
        return dogs + cats + others;
    }
}
