package org.gongzhi.community.owner;

import org.gongzhi.community.UnitArea;
import org.gongzhi.community.UnitOwnership.AreaSource;

/** A unit with the area its owners vote with, where that area comes from, and whether a household lives there. */
public record RegisterUnit(long id, int buildingNumber, int unitNumber, String room, String stairwellCode,
        UnitArea area, AreaSource areaSource, boolean developerHeld, boolean vacant) {

    RegisterUnit(long id, int buildingNumber, int unitNumber, String room, String stairwellCode, UnitArea area,
            boolean developerHeld, boolean vacant) {
        this(id, buildingNumber, unitNumber, room, stairwellCode, area, area.source(), developerHeld, vacant);
    }

    public String areaText() {
        return area.text();
    }
}
