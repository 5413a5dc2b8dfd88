package org.gongzhi.patrol.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.cases.CaseMeasureWindow;
import org.gongzhi.cases.CaseMeasures;
import org.gongzhi.cases.CaseMeasuresGrouping;
import org.gongzhi.cases.CaseMeasuresReport;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.record.AttendanceMeasure;
import org.gongzhi.shared.security.Permissions;

/** The measures for programs: counts and rates as numerator/denominator pairs, by grid, branch or month. */
@RestController
class CaseMeasuresApiController {

    private final CaseMeasures measures;
    private final PatrolRecords records;
    private final Clock clock;

    CaseMeasuresApiController(CaseMeasures measures, PatrolRecords records, Clock clock) {
        this.measures = measures;
        this.records = records;
        this.clock = clock;
    }

    /** Patrols held and people attending, per grid branch and month. */
    @GetMapping("/api/v1/patrols/measures/attendance")
    List<AttendanceMeasure> attendance(@RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to) {
        YearMonth last = to != null ? to : YearMonth.now(clock.withZone(CaseMeasureWindow.ZONE));
        YearMonth first = from != null ? from : last.minusMonths(CaseMeasuresController.DEFAULT_MONTHS - 1);
        return records.attendanceVisibleTo(Permissions.actor(), first, last);
    }

    @GetMapping("/api/v1/patrols/measures")
    CaseMeasuresReport measures(@RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(defaultValue = "month") String by) {
        YearMonth last = to != null ? to : YearMonth.now(clock.withZone(CaseMeasureWindow.ZONE));
        YearMonth first = from != null ? from : last.minusMonths(CaseMeasuresController.DEFAULT_MONTHS - 1);
        return measures.report(Permissions.actor(), first, last, CaseMeasuresGrouping.parse(by));
    }
}
