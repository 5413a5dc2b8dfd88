package org.gongzhi.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gongzhi.community.Overview;
import org.gongzhi.shared.security.Permissions;

/** The home page after sign-in: the community at a glance. */
@Controller
class HomeController {

    private final Overview overview;

    HomeController(Overview overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", overview.of(Permissions.actor().communityId()));
        return "dashboard/home";
    }
}
