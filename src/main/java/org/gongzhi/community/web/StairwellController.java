package org.gongzhi.community.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.Stairwells;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.SameForEveryVisitor;

/** The public stairwell card behind each QR code, and the staff list of stairwells. */
@Controller
class StairwellController {

    private final Stairwells stairwells;
    private final ResidentPermissions permissions;

    StairwellController(Stairwells stairwells, ResidentPermissions permissions) {
        this.stairwells = stairwells;
        this.permissions = permissions;
    }

    /** The card is the same for every visitor without an account: rendered once for all of them (VisitorPages). */
    @Bean
    static SameForEveryVisitor stairwellCardForVisitors() {
        return SameForEveryVisitor.at("/s/{code}");
    }

    @GetMapping("/s/{code}")
    String card(@PathVariable String code, Model model) {
        model.addAttribute("card", stairwells.card(code, Actor.current()));
        return "community/stairwell-card";
    }

    @GetMapping("/stairwells")
    String list(@RequestParam(required = false) Integer grid, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canListStairwells(actor));
        model.addAttribute("result", stairwells.list(Permissions.community(), grid, PageResult.clampPage(page), 30));
        model.addAttribute("grid", grid);
        model.addAttribute("canPrint", permissions.canPrintQrCodes(actor));
        return "community/stairwells";
    }
}
