package org.gongzhi.community;

import java.util.Arrays;
import java.util.Optional;

/**
 * The community's public places that are not a stairwell, each looked after by one grid: the one list that reports
 * (随手拍), patrols and proposals name places from. Their names are the messages {@code landmark.<NAME>}.
 */
public enum Landmark {
    SWAN_LAKE(5),
    CENTRAL_GARDEN(8),
    BASKETBALL_COURT(10),
    SOUTH_GATE(1),
    NORTH_GATE(15);

    private final int gridNumber;

    Landmark(int gridNumber) {
        this.gridNumber = gridNumber;
    }

    public int gridNumber() {
        return gridNumber;
    }

    /** The landmark with this name, if there is one. */
    public static Optional<Landmark> named(String name) {
        return Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst();
    }
}
