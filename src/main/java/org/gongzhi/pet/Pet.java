package org.gongzhi.pet;

import java.time.LocalDate;

/** A pet of the census, with the household and stairwell it lives in. */
public record Pet(long id, long communityId, long householdId, long stairwellId, String stairwellCode,
        int buildingNumber, long gridId, int gridNumber, String room, Species species, String name, String breed,
        PetSex sex, LocalDate birthDate, boolean neutered, String licenceNumber, LocalDate licenceExpiresOn,
        LocalDate rabiesVaccinatedOn, String rabiesCertificate, PetStatus status, LocalDate statusOn,
        LocalDate statusReportedOn, int version, boolean byVolunteer, boolean birthEstimated,
        boolean hasPhoto) {

    public boolean dog() {
        return species == Species.DOG;
    }

    public boolean living() {
        return status == PetStatus.LIVING;
    }

    /** The day the rabies vaccination stops protecting: one year after it was given. */
    public LocalDate rabiesDue() {
        return rabiesVaccinatedOn == null ? null : rabiesVaccinatedOn.plusYears(1);
    }
}
