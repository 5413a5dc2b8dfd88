package org.gongzhi.dashboard.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.dashboard.Today;
import org.gongzhi.dashboard.TodayQueries;
import org.gongzhi.shared.security.Permissions;

/** The signed-in person's home blocks for the mobile app: the same {@link Today} the home page shows. */
@RestController
class TodayApiController {

    private final TodayQueries today;

    TodayApiController(TodayQueries today) {
        this.today = today;
    }

    @GetMapping("/api/v1/me/today")
    Today today() {
        return today.of(Permissions.actor());
    }
}
