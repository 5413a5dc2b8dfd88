package org.gongzhi.notice;

import org.gongzhi.shared.domain.Labelled;

/** The part of the register a notice is addressed to; each but the community names one place by its id. */
public enum Audience implements Labelled {
    COMMUNITY(null),
    ZONE("s.zone_id"),
    GRID("s.grid_id"),
    BUILDING("s.building_id"),
    STAIRWELL("s.id");

    /** The column of {@code register_stairwell s} that names this kind of place. */
    private final String stairwellColumn;

    Audience(String stairwellColumn) {
        this.stairwellColumn = stairwellColumn;
    }

    /** A condition on {@code register_stairwell s} for the stairwells of the place {@code ?}; none for all. */
    String stairwellsOf() {
        return stairwellColumn == null ? "1 = 1" : stairwellColumn + " = ?";
    }
}
