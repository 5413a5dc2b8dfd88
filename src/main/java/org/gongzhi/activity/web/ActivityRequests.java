package org.gongzhi.activity.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.EventInput;
import org.gongzhi.community.Cohort;

/** The JSON bodies (and form fields) of the programme and event endpoints. */
final class ActivityRequests {

    private ActivityRequests() {
    }

    /** A new programme, or a sub-brand of one ({@code parentId}). */
    record ProgrammeRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
            @NotBlank @Size(max = 100) String name, @Size(max = 500) String purpose, Long parentId) {
    }

    /** A new event; times carry their offset (2026-12-20T14:00:00+08:00). */
    record EventRequest(@NotNull Long programmeId, @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description, @NotBlank @Size(max = 200) String place,
            @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
            @NotNull @Min(1) @Max(EventInput.MAX_CAPACITY) Integer capacity,
            @Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge, Set<Cohort> cohorts) {

        EventInput input() {
            return new EventInput(programmeId, title.strip(), description == null ? null : description.strip(),
                    place.strip(), startsAt, endsAt, capacity, minAge, maxAge,
                    cohorts == null || cohorts.isEmpty() ? EnumSet.allOf(Cohort.class) : EnumSet.copyOf(cohorts));
        }
    }

    /** The page's new-event form: the same fields, times as the phone's date-time picker gives them (Shanghai). */
    record EventForm(@NotNull Long programmeId, @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String description, @NotBlank @Size(max = 200) String place,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            @NotNull @Min(1) @Max(EventInput.MAX_CAPACITY) Integer capacity,
            @Min(0) @Max(120) Integer minAge, @Min(0) @Max(120) Integer maxAge, Set<Cohort> cohorts) {

        EventInput input() {
            return new EventRequest(programmeId, title, description, place,
                    startsAt.atZone(CommunityEvent.ZONE).toOffsetDateTime(),
                    endsAt.atZone(CommunityEvent.ZONE).toOffsetDateTime(), capacity, minAge, maxAge, cohorts).input();
        }
    }

    static EventForm emptyEvent() {
        return new EventForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** Who takes part, and for a child the guardian of the household who comes along. */
    record RegistrationRequest(@NotNull Long residentId, Long guardianId) {
    }

    /** A door code, as an app shows it or a scanner reads it. */
    record DoorCodeRequest(@NotBlank @Size(max = 12) String doorCode) {
    }

    /** A team member asked to help at an event, for one of their teams. */
    record HelperRequest(@NotNull Long residentId, @NotNull Long teamId, @NotBlank @Size(max = 100) String task) {
    }
}
