package org.gongzhi.volunteer.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.volunteer.ServiceInput;

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

    static ServiceRequest emptyService(LocalDate today) {
        return new ServiceRequest(null, today, null, "", "");
    }
}
