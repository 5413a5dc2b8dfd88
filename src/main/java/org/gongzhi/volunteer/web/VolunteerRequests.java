package org.gongzhi.volunteer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.volunteer.CareReason;
import org.gongzhi.volunteer.ServiceInput;
import org.gongzhi.volunteer.Wellbeing;

/** The JSON bodies and form fields of the volunteer endpoints. */
final class VolunteerRequests {

    private VolunteerRequests() {
    }

    /** A new team; its leader is a resident of the community, if it has one yet. */
    record TeamRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 100) String name, @Size(max = 500) String purpose, Long leaderResidentId) {
    }

    /** A member's service as the team leader records it: the day, how long in minutes, what it was. */
    record ServiceRequest(@NotNull Long residentId,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate servedOn,
            @NotNull @Min(1) @Max(ServiceInput.MAX_MINUTES) Integer minutes,
            @NotBlank @Size(max = 100) String activity, @Size(max = 500) String whatDone) {

        ServiceInput input() {
            return new ServiceInput(residentId, servedOn, minutes, activity.strip(),
                    whatDone == null || whatDone.isBlank() ? null : whatDone.strip());
        }
    }

    /** The right minutes for an entry (0 withdraws it) and why. */
    record CorrectionRequest(@NotNull @Min(0) @Max(ServiceInput.MAX_MINUTES) Integer minutes,
            @NotBlank @Size(max = 200) String reason) {
    }

    /** A person the team will visit regularly, every {@code everyDays} days (1–90). */
    record CareRecipientRequest(@NotNull Long residentId, @NotNull CareReason reason,
            @NotNull @Min(1) @Max(90) Integer everyDays, @Size(max = 200) String note) {
    }

    /** A member of the team paired with a person on the list. */
    record PairRequest(@NotNull Long volunteerResidentId) {
    }

    /** A visit: the day, how the person was, a note, a need raised and, to report it as a work order, its kind. */
    record VisitRequest(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
            @NotNull Wellbeing wellbeing, @Size(max = 500) String note, @Size(max = 500) String need,
            CaseCategory report) {

        String cleanNote() {
            return note == null || note.isBlank() ? null : note.strip();
        }

        String cleanNeed() {
            return need == null || need.isBlank() ? null : need.strip();
        }
    }

    static ServiceRequest emptyService(LocalDate today) {
        return new ServiceRequest(null, today, null, "", "");
    }
}
