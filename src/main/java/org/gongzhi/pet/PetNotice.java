package org.gongzhi.pet;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A lost or found pet on the board: what, where and when last seen, and whether it has been reunited. */
public record PetNotice(long id, NoticeKind kind, Species species, Long petId, String description, String place,
        LocalDate seenOn, Long householdId, String stairwellCode, boolean reunited, Long reunitedWith,
        OffsetDateTime createdAt, boolean hasPhoto) {
}
