package org.gongzhi.community;

import java.time.LocalDate;
import java.time.Period;

/** A resident as listed: personal numbers masked, address in parts so each language can format it. */
public record ResidentRow(long id, String name, Gender gender, LocalDate birthDate, String phoneMasked,
        String idCardMasked, Relation relation, ResidenceType residenceType, boolean partyMember, LocalDate movedIn,
        LocalDate movedOut, int buildingNumber, int unitNumber, String room, String stairwellCode, long gridId,
        int gridNumber, long householdId) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public boolean active() {
        return movedOut == null;
    }
}
