package org.gongzhi.voting.tally;

import java.util.Arrays;
import java.util.Optional;

/** The nine matters that 民法典 第278条 第1款 reserves to the owners' joint decision, in the law's order. */
public enum MatterItem {

    RULES_OF_PROCEDURE(1, MatterClass.ORDINARY),
    MANAGEMENT_COVENANT(2, MatterClass.ORDINARY),
    OWNERS_COMMITTEE_ELECTION(3, MatterClass.ORDINARY),
    PROPERTY_MANAGER_APPOINTMENT(4, MatterClass.ORDINARY),
    MAINTENANCE_FUND_USE(5, MatterClass.ORDINARY),
    MAINTENANCE_FUND_RAISING(6, MatterClass.MAJOR),
    BUILDING_RECONSTRUCTION(7, MatterClass.MAJOR),
    COMMON_PARTS_CHANGE_OF_USE(8, MatterClass.MAJOR),
    OTHER_MAJOR_MATTER(9, MatterClass.ORDINARY);

    private final int number;
    private final MatterClass matterClass;

    MatterItem(int number, MatterClass matterClass) {
        this.number = number;
        this.matterClass = matterClass;
    }

    /** The item's number in the article, 1 to 9. */
    public int number() {
        return number;
    }

    public MatterClass matterClass() {
        return matterClass;
    }

    public static Optional<MatterItem> numbered(int number) {
        return Arrays.stream(values()).filter(item -> item.number == number).findFirst();
    }

    /** The item whose number is written in the text, e.g. "6". */
    public static Optional<MatterItem> numbered(String text) {
        String digits = text.strip();
        return digits.matches("[1-9]") ? numbered(Integer.parseInt(digits)) : Optional.empty();
    }
}
