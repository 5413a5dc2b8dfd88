package org.gongzhi.pet.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.pet.PetStatus;

/** The pet endpoints' bodies (and form fields) other than the pet itself ({@link org.gongzhi.pet.PetInput}). */
final class PetRequests {

    private PetRequests() {
    }

    /** The pet moved away, died, was lost or rehomed on a day. */
    record PetStatusRequest(@NotNull PetStatus status, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on) {
    }

    record PetVisitRequest(@NotBlank @Size(max = 20) String stairwell) {
    }

    record PetConventionRequest(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 4000) String body) {
    }

    record BannedBreedRequest(@NotBlank @Size(max = 60) String breed,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
    }

    record PetCaseRequest(@NotNull CaseCategory category, @NotBlank @Size(max = 500) String description) {
    }
}
