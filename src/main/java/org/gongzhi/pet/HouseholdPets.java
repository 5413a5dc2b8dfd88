package org.gongzhi.pet;

import java.util.List;

/**
 * A household's pet page: its pets, what breaks the dog rules, what falls due within thirty days, the work orders
 * that name its pets, and whether it signed the convention in force.
 */
public record HouseholdPets(Home home, List<Pet> pets, List<PetCompliance.Finding> findings,
        List<PetCompliance.Reminder> reminders, List<PetCase> cases, Convention convention, Signature signature) {

    public List<Pet> living() {
        return pets.stream().filter(Pet::living).toList();
    }

    public List<PetCompliance.Finding> findingsOf(long petId) {
        return findings.stream().filter(f -> f.petId() == petId).toList();
    }
}
