package org.gongzhi.patrol.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.cases.CaseMeasureWindow;
import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.cases.CaseMeasuresGrouping;
import org.gongzhi.community.Organisation;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** The measures page: one month, or the last twelve by default, by month, grid branch and grid. */
@Controller
class CaseMeasuresController {

    static final int DEFAULT_MONTHS = 12;

    private final CaseMeasures measures;
    private final PatrolRecords records;
    private final Clock clock;
    private final Organisation organisation;

    CaseMeasuresController(CaseMeasures measures, PatrolRecords records, Clock clock, Organisation organisation) {
        this.organisation = organisation;
        this.measures = measures;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/patrols/measures")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(CaseMeasures.mayView(actor));
        boolean oneMonth = year != null && month != null && month >= 1 && month <= 12;
        YearMonth to = oneMonth ? YearMonth.of(year, month) : YearMonth.now(clock.withZone(CaseMeasureWindow.ZONE));
        YearMonth from = oneMonth ? to : to.minusMonths(DEFAULT_MONTHS - 1);
        for (CaseMeasuresGrouping by : CaseMeasuresGrouping.values()) {
            model.addAttribute(by.name().toLowerCase(Locale.ROOT),
                    new CaseMeasuresView(measures.report(actor, from, to, by)));
        }
        model.addAttribute("attendance", BranchAttendance.of(records.attendanceVisibleTo(actor, from, to)));
        model.addAttribute("branchNames", organisation.branchNames(Permissions.community()));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "patrol/measures";
    }
}
