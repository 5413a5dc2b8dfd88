package org.gongzhi.dashboard.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.dashboard.SubdistrictComparison;
import org.gongzhi.dashboard.SubdistrictFigures;
import org.gongzhi.shared.security.Permissions;

/** The subdistrict's comparison of its communities for programs: subdistrict officers only. */
@RestController
class SubdistrictApiController {

    private final SubdistrictComparison comparison;

    SubdistrictApiController(SubdistrictComparison comparison) {
        this.comparison = comparison;
    }

    /**
     * Days from and to (both included, ISO dates; default the year up to today, at most five years); the measure to
     * rank on (default RAISED); order asc or desc (default best first).
     */
    @GetMapping("/api/v1/subdistrict")
    SubdistrictFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String measure, @RequestParam(required = false) String order) {
        return comparison.compare(Permissions.actor(), from, to, measure, order);
    }
}
