package org.gongzhi.patrol;

/** Public places that are not a stairwell, each looked after by one grid. */
public enum CaseLandmark {
    SWAN_LAKE(5),
    CENTRAL_GARDEN(8),
    BASKETBALL_COURT(10),
    NORTH_GATE(15);

    private final int gridNumber;

    CaseLandmark(int gridNumber) {
        this.gridNumber = gridNumber;
    }

    public int gridNumber() {
        return gridNumber;
    }
}
