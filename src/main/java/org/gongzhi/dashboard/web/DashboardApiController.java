package org.gongzhi.dashboard.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.dashboard.CommunityFigures;
import org.gongzhi.dashboard.DashboardMaps;
import org.gongzhi.dashboard.MeasureMap;
import org.gongzhi.shared.security.Permissions;

/** The community dashboard's figures for programs, scoped as the page is. */
@RestController
class DashboardApiController {

    private final CommunityDashboard dashboard;
    private final DashboardMaps maps;

    DashboardApiController(CommunityDashboard dashboard, DashboardMaps maps) {
        this.dashboard = dashboard;
        this.maps = maps;
    }

    /** Days from and to (both included, ISO dates); a grid's number for its stairwells; one measure only. */
    @GetMapping("/api/v1/dashboard")
    CommunityFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer grid, @RequestParam(required = false) String measure) {
        return dashboard.of(Permissions.actor(), from, to, grid, measure);
    }

    /**
     * The estate coloured by one participation measure (RAISED unless named), by grid, or by stairwell within one
     * grid: GeoJSON in WGS-84 with each place's share and band; 404 while the community is not on the map.
     */
    @GetMapping("/api/v1/dashboard/map")
    MeasureMap map(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer grid, @RequestParam(required = false) String measure) {
        return maps.of(Permissions.actor(), from, to, grid, measure);
    }
}
