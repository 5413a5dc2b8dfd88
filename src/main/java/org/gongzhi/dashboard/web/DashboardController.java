package org.gongzhi.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.dashboard.CommunityFigures;
import org.gongzhi.dashboard.DashboardMaps;
import org.gongzhi.dashboard.ParticipationAction;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * The community dashboard for staff: participation by grid and generation, then each module's measures; a grid
 * opens to its stairwells. A bad filter is said at the top and the default year shown instead.
 */
@Controller
class DashboardController {

    private final CommunityDashboard dashboard;
    private final MessageSource messages;
    private final DashboardMaps maps;

    DashboardController(CommunityDashboard dashboard, MessageSource messages, DashboardMaps maps) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.maps = maps;
    }

    @GetMapping("/dashboard")
    String community(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String measure, Model model) {
        show(from, to, null, measure, model);
        return "dashboard/community";
    }

    @GetMapping("/dashboard/grids/{grid}")
    String grid(@PathVariable int grid,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String measure, Model model) {
        show(from, to, grid, measure, model);
        return "dashboard/grid";
    }

    private void show(LocalDate from, LocalDate to, Integer grid, String measure, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(CommunityDashboard.mayView(actor));
        CommunityFigures figures;
        try {
            figures = dashboard.of(actor, from, to, grid, null);
            ParticipationAction shown = measure == null || measure.isBlank() ? ParticipationAction.RAISED
                    : ParticipationAction.parse(measure);
            model.addAttribute("measure", shown);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems().stream().map(p -> messages.getMessage(p.code(), p.args(),
                    LocaleContextHolder.getLocale())).toList());
            figures = dashboard.of(actor, null, null, grid == null ? null : firstGridSeen(actor), null);
            model.addAttribute("measure", ParticipationAction.RAISED);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", AsOf.of(figures.asOf(), dashboard.figuresTtl()));
        model.addAttribute("view", new DashboardView(figures));
        model.addAttribute("measures", List.of(ParticipationAction.values()));
        model.addAttribute("mapOffered", maps.offered(actor));
    }

    private Integer firstGridSeen(Actor actor) {
        return dashboard.of(actor, null, null, null, ParticipationAction.RAISED.name()).byGrid().stream()
                .findFirst().map(g -> Integer.valueOf(g.key())).orElse(null);
    }
}
