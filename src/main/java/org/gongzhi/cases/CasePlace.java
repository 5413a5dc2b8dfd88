package org.gongzhi.cases;

/** Where a problem is, as people read it: a stairwell, a building or a landmark such as Swan Lake. */
public record CasePlace(Kind kind, String code, Integer buildingNumber, Integer unitNumber) {

    /** The kinds of place a report can point at. */
    public enum Kind {
        STAIRWELL,
        BUILDING,
        LANDMARK
    }

    public String messageKey() {
        return kind == Kind.LANDMARK ? "landmark." + code : "case.place." + kind;
    }

    public Object[] args() {
        return switch (kind) {
            case STAIRWELL -> new Object[] {buildingNumber, unitNumber};
            case BUILDING -> new Object[] {buildingNumber};
            case LANDMARK -> new Object[0];
        };
    }
}
