package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.activity.BirthdayParties;
import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * 暖心生日会: the month's guests of seventy and over with their invitations, the button that invites them all to a
 * party, and the answers — the household's on the events page, staff's after a phone call here.
 */
@Controller
class BirthdayController {

    private final BirthdayParties parties;
    private final PostRedirectGet prg;
    private final Clock clock;

    BirthdayController(BirthdayParties parties, PostRedirectGet prg, Clock clock) {
        this.parties = parties;
        this.prg = prg;
        this.clock = clock;
    }

    @GetMapping("/events/birthdays")
    String month(@RequestParam(required = false) String month, Model model) {
        Actor actor = Permissions.actor();
        YearMonth shown;
        try {
            shown = month(month);
        } catch (InvalidInput unreadable) {
            model.addAttribute("problems", unreadable.problems());
            shown = month(null);
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("guests", parties.guests(actor, shown));
        model.addAttribute("parties", parties.parties(actor, shown));
        return "activity/birthdays";
    }

    @PostMapping("/events/birthdays/invite")
    String invite(@RequestParam long eventId, @RequestParam String month, RedirectAttributes redirect) {
        return prg.attempt("/events/birthdays?month=" + month(month), redirect, "activity.done.invited",
                () -> parties.invite(Permissions.actor(), eventId));
    }

    @PostMapping("/events/birthday-invitations/{id}/answer")
    String answer(@PathVariable long id, @RequestParam boolean accept, @RequestParam(required = false) String month,
            RedirectAttributes redirect) {
        String back = month == null ? "/events#invitations" : "/events/birthdays?month=" + month(month);
        return prg.attempt(back, redirect, accept ? "activity.done.accepted" : "activity.done.declined",
                () -> parties.answer(Permissions.actor(), id, accept));
    }

    /** The month asked for (2026-12), this month when none; a month that cannot be read is named as the problem. */
    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock.withZone(CommunityEvent.ZONE));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", "activity.invalid.month", text);
        }
    }
}
