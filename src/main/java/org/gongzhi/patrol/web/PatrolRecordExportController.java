package org.gongzhi.patrol.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.patrol.PatrolRecordSummary;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.ListExport;

/** Patrol records as .xlsx, the same records and days as {@code GET /api/v1/patrols/records}; audited. */
@Controller
class PatrolRecordExportController {

    private static final List<ListExport.Column<PatrolRecordSummary>> COLUMNS = List.of(
            ListExport.column("export.number", PatrolRecordSummary::id),
            ListExport.column("export.patrol.date", PatrolRecordSummary::patrolDate),
            ListExport.column("export.patrol.branch", PatrolRecordSummary::branchNumber),
            ListExport.column("export.patrol.branchName", PatrolRecordSummary::branchName),
            ListExport.column("export.patrol.studyTopic", PatrolRecordSummary::studyTopic),
            ListExport.column("export.patrol.attendees", PatrolRecordSummary::attendees),
            ListExport.column("export.patrol.findings", PatrolRecordSummary::findings),
            ListExport.column("export.patrol.closedAt", PatrolRecordSummary::closedAt));

    private final PatrolRecords records;
    private final ListExport exports;

    PatrolRecordExportController(PatrolRecords records, ListExport exports) {
        this.records = records;
        this.exports = exports;
    }

    @GetMapping("/patrols/records.xlsx")
    void export(@RequestParam(required = false) Integer branch,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, HttpServletResponse response) throws IOException {
        Actor actor = Permissions.actor();
        List<PatrolRecordSummary> shown = records.visible(actor, branch, from, to);
        String filter = UriComponentsBuilder.newInstance().queryParamIfPresent("branch",
                Optional.ofNullable(branch)).queryParamIfPresent("from", Optional.ofNullable(from))
                .queryParamIfPresent("to", Optional.ofNullable(to)).build().getQuery();
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("patrol.day.records",
                "patrol_record", filter, COLUMNS, ListExport.whole(() -> shown)));
    }
}
