package org.gongzhi.volunteer.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.volunteer.TimeBalance;
import org.gongzhi.volunteer.TimeBank;
import org.gongzhi.volunteer.TimeRequest;

/** The time bank for apps: one's own account and requests, asking, and a team leader's pairing and recording. */
@RestController
@RequestMapping("/api/v1")
class TimeBankApiController {

    private final TimeBank timeBank;

    TimeBankApiController(TimeBank timeBank) {
        this.timeBank = timeBank;
    }

    /** Minutes banked, spent, held by open requests and available; and one's requests, newest first. */
    record Account(long earnedMinutes, long spentMinutes, long heldMinutes, long availableMinutes,
            List<TimeRequest> requests) {
        static Account of(TimeBalance b, List<TimeRequest> requests) {
            return new Account(b.earned(), b.spent(), b.held(), b.available(), requests);
        }
    }

    /** A request for help; staff may name the resident it is for ({@code forResidentId}). */
    record AskRequest(@NotNull Long teamId, @NotBlank @Size(max = 500) String what, @NotNull LocalDate wantedOn,
            @NotNull @Min(1) @Max(1440) Integer minutes, Long forResidentId) {
    }

    record MatchRequest(@NotNull Long helperResidentId) {
    }

    record ServeRequest(@NotNull @Min(1) @Max(1440) Integer minutes) {
    }

    @GetMapping("/me/time-bank")
    Account mine() {
        Actor actor = Permissions.actor();
        return Account.of(timeBank.balance(actor), timeBank.mine(actor));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/time-bank/requests")
    TimeRequest ask(@Valid @RequestBody AskRequest request) {
        Actor actor = Permissions.actor();
        return timeBank.request(actor, timeBank.ask(actor, request.forResidentId(), request.teamId(), request.what(),
                request.wantedOn(), request.minutes()));
    }

    @GetMapping("/volunteer-teams/{id}/time-requests")
    List<TimeRequest> open(@PathVariable long id) {
        return timeBank.openFor(Permissions.actor(), id);
    }

    @PostMapping("/time-bank/requests/{id}/match")
    TimeRequest match(@PathVariable long id, @Valid @RequestBody MatchRequest request) {
        timeBank.match(Permissions.actor(), id, request.helperResidentId());
        return timeBank.request(Permissions.actor(), id);
    }

    @PostMapping("/time-bank/requests/{id}/serve")
    TimeRequest serve(@PathVariable long id, @Valid @RequestBody ServeRequest request) {
        timeBank.serve(Permissions.actor(), id, request.minutes());
        return timeBank.request(Permissions.actor(), id);
    }

    @PostMapping("/time-bank/requests/{id}/cancel")
    TimeRequest cancel(@PathVariable long id) {
        timeBank.cancel(Permissions.actor(), id);
        return timeBank.request(Permissions.actor(), id);
    }
}
