package org.gongzhi.community;

import java.util.List;

/**
 * A unit's floor area and owners. The area used for owners' votes comes from the property register, else the
 * survey, else the sale contract (最高法 建筑物区分所有权解释 第8条), in hundredths of m².
 */
public record UnitOwnership(String room, Long registerArea, Long surveyArea, Long contractArea, boolean developerHeld,
        List<Owner> owners) {

    /** Someone who owns the unit now; several owners of one unit are co-owners. */
    public record Owner(String name, boolean livesHere) {
    }

    public UnitArea area() {
        return new UnitArea(registerArea, surveyArea, contractArea);
    }

    public Long votingArea() {
        return area().voting();
    }

    public AreaSource areaSource() {
        return area().source();
    }

    /** Where the area used for voting comes from. */
    public enum AreaSource {
        REGISTER, SURVEY, CONTRACT
    }

    /** Hundredths of m² shown as m² with two decimals. */
    public String votingAreaText() {
        return area().text();
    }
}
