package org.gongzhi.pet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.InvalidInput.Problem;

/**
 * A pet as a household declares it or a pet volunteer records it, shared by the page and the API. The single
 * fields carry their rules as annotations; {@link #check} keeps the rules across fields and against today.
 * {@code stairwell} and {@code room} name the home when a volunteer or staff record it; a resident's pet is
 * their own household's.
 */
public record PetInput(@NotNull Species species, @NotBlank @Size(max = 40) String name, @Size(max = 60) String breed,
        PetSex sex, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, Boolean neutered,
        @Pattern(regexp = "(" + LICENCE + ")?") String licenceNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceExpiresOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rabiesVaccinatedOn,
        @Size(max = 40) String rabiesCertificate, @Size(max = 20) String stairwell, @Size(max = 10) String room,
        Integer version, @Min(0) @Max(MAX_AGE) Integer estimatedAge) {

    public static final int MAX_AGE = 40;

    public PetInput(Species species, String name, String breed, PetSex sex, LocalDate birthDate, Boolean neutered,
            String licenceNumber, LocalDate licenceExpiresOn, LocalDate rabiesVaccinatedOn, String rabiesCertificate,
            String stairwell, String room, Integer version) {
        this(species, name, breed, sex, birthDate, neutered, licenceNumber, licenceExpiresOn, rabiesVaccinatedOn,
                rabiesCertificate, stairwell, room, version, null);
    }

    /** A dog registration number (犬证号): an optional 沪, one to three capital letters, six to ten digits. */
    public static final String LICENCE = "沪?[A-Z]{1,3}[0-9]{6,10}";

    public static PetInput empty() {
        return new PetInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The rules across fields: nothing after today, no vaccination before birth, registration for dogs only. */
    public void check(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(new Problem("birthDate", "pet.invalid.future"));
        }
        if (estimatedAge != null && birthDate != null) {
            problems.add(new Problem("estimatedAge", "pet.invalid.ageAndBirth"));
        }
        if (rabiesVaccinatedOn != null && rabiesVaccinatedOn.isAfter(today)) {
            problems.add(new Problem("rabiesVaccinatedOn", "pet.invalid.future"));
        } else if (rabiesVaccinatedOn != null && birthDate != null && rabiesVaccinatedOn.isBefore(birthDate)) {
            problems.add(new Problem("rabiesVaccinatedOn", "pet.invalid.vaccinatedBeforeBirth"));
        }
        if (licenceNumber != null && !licenceNumber.isBlank() && !licenceNumber.strip().matches(LICENCE)) {
            problems.add(new Problem("licenceNumber", "pet.invalid.licenceNumber"));
        }
        boolean registered = !blank(licenceNumber) || licenceExpiresOn != null;
        if (registered && species != Species.DOG) {
            problems.add(new Problem("licenceNumber", "pet.invalid.licenceForDogs"));
        } else if (blank(licenceNumber) && licenceExpiresOn != null) {
            problems.add(new Problem("licenceNumber", "pet.invalid.licenceNumberMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The birth date given, or the one an estimated age puts it at (that many years before today). */
    public LocalDate birthOn(LocalDate today) {
        return birthDate != null || estimatedAge == null ? birthDate : today.minusYears(estimatedAge);
    }

    /** The input with the birth date an estimated age puts it at, keeping the age to mark it estimated. */
    public PetInput withBirthOn(LocalDate today) {
        return new PetInput(species, name, breed, sex, birthOn(today), neutered, licenceNumber, licenceExpiresOn,
                rabiesVaccinatedOn, rabiesCertificate, stairwell, room, version, estimatedAge);
    }

    public boolean birthEstimated() {
        return estimatedAge != null;
    }

    public String nameKey() {
        return key(name);
    }

    public String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    /** A name or breed as compared: no spaces, lower case. */
    static String key(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
