package org.gongzhi.pet;

import java.time.OffsetDateTime;

/** A work order that names a pet. */
public record PetCase(long petId, String petName, long caseId, String category, String description,
        OffsetDateTime filedAt) {
}
