package org.gongzhi.activity.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.WhoTakesPart;
import org.gongzhi.shared.security.Permissions;

/** 谁在参与 as JSON, for the dashboard and apps: the last twelve months unless a period is given. */
@RestController
class WhoTakesPartApiController {

    private final WhoTakesPart whoTakesPart;
    private final Clock clock;

    WhoTakesPartApiController(WhoTakesPart whoTakesPart, Clock clock) {
        this.whoTakesPart = whoTakesPart;
        this.clock = clock;
    }

    @GetMapping("/api/v1/event-participation")
    WhoTakesPart.TakingPart api(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(CommunityEvent.ZONE));
        LocalDate until = to == null ? today : to;
        return whoTakesPart.figures(Permissions.actor(), from == null ? until.minusYears(1).plusDays(1) : from, until);
    }
}
