package org.gongzhi.pet;

import java.time.LocalDate;

/** A breed an individual may not keep (烈性犬), from the day the list says. */
public record BannedBreed(long id, String breed, LocalDate effectiveFrom) {

    public boolean bans(String other, LocalDate on) {
        return other != null && PetInput.key(other).equals(PetInput.key(breed)) && !on.isBefore(effectiveFrom);
    }
}
