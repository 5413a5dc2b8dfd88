package org.gongzhi.pet;

import java.time.OffsetDateTime;

/** A household's signature of the convention: who signed for it and when. */
public record Signature(long id, long householdId, String stairwellCode, String room, long residentId,
        String residentName, OffsetDateTime signedAt) {

    /** The signer as lists of people show them: the family name and stars. */
    public String maskedName() {
        return org.gongzhi.shared.pii.Masking.name(residentName);
    }
}
