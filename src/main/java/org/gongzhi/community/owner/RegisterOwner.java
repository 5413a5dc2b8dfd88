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

    /** The family name and a star for each further character, as names are shown outside the register. */
    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = trimmed.codePointCount(first, trimmed.length());
        return rest == 0 ? "*" : trimmed.substring(0, first) + "*".repeat(rest);
    }
}
