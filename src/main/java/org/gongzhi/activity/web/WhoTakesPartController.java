package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.WhoTakesPart;
import org.gongzhi.community.Cohort;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;

/** 谁在参与: the page and its JSON, for a period that defaults to the last twelve months. */
@Controller
class WhoTakesPartController {

    private final WhoTakesPart whoTakesPart;
    private final Clock clock;

    WhoTakesPartController(WhoTakesPart whoTakesPart, Clock clock) {
        this.whoTakesPart = whoTakesPart;
        this.clock = clock;
    }

    @GetMapping("/events/participation")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(CommunityEvent.ZONE));
        LocalDate shownTo = to == null ? today : to;
        LocalDate shownFrom = from == null ? shownTo.minusYears(1).plusDays(1) : from;
        WhoTakesPart.TakingPart figures;
        try {
            figures = whoTakesPart.figures(Permissions.actor(), shownFrom, shownTo);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            figures = whoTakesPart.figures(Permissions.actor(), today.minusYears(1).plusDays(1), today);
        }
        model.addAttribute("f", figures);
        model.addAttribute("cohorts", Cohort.values());
        return "activity/participation";
    }
}
