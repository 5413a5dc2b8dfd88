package org.gongzhi.volunteer.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.volunteer.TimeBank;

/**
 * The time bank's forms: a volunteer asks on their own page, the team's leader pairs a helper and records the request
 * served on the team's page; the asker or the leader calls it off.
 */
@Controller
@RequestMapping("/volunteers/time-bank/requests")
class TimeBankController {

    private static final String MINE = "/volunteers/me#time-bank";

    private final TimeBank timeBank;
    private final PostRedirectGet prg;

    TimeBankController(TimeBank timeBank, PostRedirectGet prg) {
        this.timeBank = timeBank;
        this.prg = prg;
    }

    @PostMapping
    String ask(@RequestParam(required = false) Long teamId, @RequestParam(required = false) String what,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate wantedOn,
            @RequestParam(required = false) Integer minutes, RedirectAttributes redirect) {
        return prg.attempt(MINE, redirect, "volunteer.done.timeAsked", () -> {
            if (teamId == null) {
                throw InvalidInput.of("teamId", "validation.required");
            }
            timeBank.ask(Permissions.actor(), null, teamId, what, wantedOn, minutes);
        });
    }

    @PostMapping("/{id}/match")
    String match(@PathVariable long id, @RequestParam long teamId, @RequestParam(required = false) Long helperResidentId,
            RedirectAttributes redirect) {
        return prg.attempt(team(teamId, id), redirect, "volunteer.done.timeMatched",
                () -> timeBank.match(Permissions.actor(), id, helperResidentId));
    }

    @PostMapping("/{id}/serve")
    String serve(@PathVariable long id, @RequestParam long teamId, @RequestParam(required = false) Integer minutes,
            RedirectAttributes redirect) {
        return prg.attempt(team(teamId, id), redirect, "volunteer.done.timeServed",
                () -> timeBank.serve(Permissions.actor(), id, minutes));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long teamId, RedirectAttributes redirect) {
        return prg.attempt(teamId == null ? MINE : team(teamId, id), redirect, "volunteer.done.timeCancelled",
                () -> timeBank.cancel(Permissions.actor(), id));
    }

    private static String team(long teamId, long requestId) {
        return "/volunteers/teams/" + teamId + "#t-" + requestId;
    }
}
