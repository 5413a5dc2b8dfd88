package org.gongzhi.community.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.community.CommunityOverview;
import org.gongzhi.community.OverviewQueries;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.StairwellCard;
import org.gongzhi.community.StairwellSummary;
import org.gongzhi.community.Stairwells;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** Stairwells and the community overview for programs. */
@RestController
@RequestMapping("/api/v1")
class StairwellApiController {

    private final Stairwells stairwells;
    private final OverviewQueries overview;
    private final ResidentPermissions permissions;

    StairwellApiController(Stairwells stairwells, OverviewQueries overview, ResidentPermissions permissions) {
        this.stairwells = stairwells;
        this.overview = overview;
        this.permissions = permissions;
    }

    /** Public and masked: the same card the QR code opens, without the call links. */
    @GetMapping("/stairwells/{code}")
    StairwellCard card(@PathVariable String code) {
        return stairwells.card(code, java.util.Optional.empty());
    }

    @GetMapping("/stairwells")
    PageResult<StairwellSummary> list(@RequestParam(required = false) Integer grid,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canListStairwells(actor));
        return stairwells.list(Permissions.community(), grid, PageResult.clampPage(page), PageResult.clampSize(size));
    }

    @GetMapping("/community/overview")
    CommunityOverview overview() {
        return overview.of(Permissions.community());
    }
}
