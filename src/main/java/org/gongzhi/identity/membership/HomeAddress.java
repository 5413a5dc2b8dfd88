package org.gongzhi.identity.membership;

/** An address as people write it: building number, stairwell (单元) number and room. */
public record HomeAddress(int building, int unit, String room) {

    @Override
    public String toString() {
        return building + "-" + unit + "-" + room;
    }
}
