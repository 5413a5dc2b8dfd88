package org.gongzhi.pet;

import java.time.LocalDate;

/** How far the door-to-door census has come in one grid: stairwells visited of all, and the last visit. */
public record GridCoverage(int gridNumber, long stairwells, long visited, LocalDate lastVisit) {

    public boolean complete() {
        return visited >= stairwells;
    }

    public int percent() {
        return stairwells == 0 ? 0 : (int) (visited * 100 / stairwells);
    }
}
