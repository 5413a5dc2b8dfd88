package org.gongzhi.community.owner;

import java.time.LocalDate;

/**
 * A current owner as staff and programs see them: where, the name masked, the ID number masked when one is on file
 * (the owner's own, else the resident's they are), and what identifies them as a person in owners' votes.
 */
public record RegisterOwner(long id, int buildingNumber, int unitNumber, String room, String stairwellCode,
        String ownerNameMasked, String idCardMasked, Identity identifiedBy, LocalDate ownedFrom) {

    /** What makes two owner rows one person: their own ID number, the resident they are, or nothing yet. */
    public enum Identity {
        ID_NUMBER, RESIDENT, NONE
    }
}
