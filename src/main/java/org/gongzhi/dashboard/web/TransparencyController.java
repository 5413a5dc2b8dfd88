package org.gongzhi.dashboard.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.gongzhi.community.RegisterQueries.Community;
import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.dashboard.OpenDataBundle;
import org.gongzhi.dashboard.Transparency;

/** The public transparency page and the open-data bundle: no sign-in, no personal data. */
@Controller
class TransparencyController {

    private final Transparency transparency;
    private final OpenDataBundle bundle;
    private final CommunityDashboard dashboard;

    TransparencyController(Transparency transparency, OpenDataBundle bundle, CommunityDashboard dashboard) {
        this.dashboard = dashboard;
        this.transparency = transparency;
        this.bundle = bundle;
    }

    @GetMapping("/transparency")
    String page(@RequestParam(required = false) String community, CsrfToken csrf, Model model) {
        // the page's forms (language, care mode) need the token; made now, before a long page commits the response
        csrf.getToken();
        Community place = transparency.community(community);
        model.addAttribute("code", place.code());
        Transparency.PublicFigures figures = transparency.figures(place);
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", AsOf.of(figures.participationAsOf(), dashboard.figuresTtl()));
        model.addAttribute("view", new DashboardView(null));
        return "dashboard/transparency";
    }

    @GetMapping("/api/v1/transparency")
    @ResponseBody
    Transparency.PublicFigures figures(@RequestParam(required = false) String community) {
        return transparency.figures(transparency.community(community));
    }

    @GetMapping("/api/v1/open-data")
    @ResponseBody
    Transparency.OpenData openData(@RequestParam(required = false) String community) {
        return transparency.openData(transparency.community(community));
    }

    @GetMapping("/open-data.zip")
    void zip(@RequestParam(required = false) String community, HttpServletResponse response) throws IOException {
        Transparency.OpenData data = transparency.openData(transparency.community(community));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"open-data-" + data.community() + "-" + data.to() + ".zip\"");
        bundle.write(data, response.getOutputStream());
    }
}
