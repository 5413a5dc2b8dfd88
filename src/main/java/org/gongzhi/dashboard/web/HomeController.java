package org.gongzhi.dashboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.community.OverviewQueries;
import org.gongzhi.community.Stairwells;
import org.gongzhi.dashboard.TodayQueries;
import org.gongzhi.notice.NoticePublishing;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** The home page after sign-in: what asks for the person now, what is going on, then the community at a glance. */
@Controller
class HomeController {

    private final OverviewQueries overview;
    private final Stairwells stairwells;
    private final TodayQueries today;
    private final NoticePublishing notices;

    HomeController(OverviewQueries overview, Stairwells stairwells, TodayQueries today, NoticePublishing notices) {
        this.overview = overview;
        this.stairwells = stairwells;
        this.today = today;
        this.notices = notices;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("today", today.of(actor));
        model.addAttribute("postedNotices", notices.home(actor));
        model.addAttribute("overview", overview.of(Permissions.community()));
        model.addAttribute("myStairwell",
                actor.residentId() == null ? null : stairwells.codeWhereLives(actor.residentId()).orElse(null));
        return "dashboard/home";
    }
}
