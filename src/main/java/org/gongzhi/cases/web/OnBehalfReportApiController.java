package org.gongzhi.cases.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.cases.ResidentReports;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/** 代办随手拍 through the API: {@code POST /api/v1/cases/on-behalf} by staff or a verified volunteer. */
@RestController
class OnBehalfReportApiController {

    private final ResidentReports reports;
    private final FormProblems formProblems;

    OnBehalfReportApiController(ResidentReports reports, FormProblems formProblems) {
        this.reports = reports;
        this.formProblems = formProblems;
    }

    /** The report for a resident: 201 with its number and who reported it for them. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/cases/on-behalf")
    ResponseEntity<ReportedOnBehalf> api(@Valid @RequestBody OnBehalfReportForm form, BindingResult fields) {
        Actor actor = Permissions.actor();
        Permissions.require(reports.mayHelp(actor));
        formProblems.require(fields);
        long id = reports.reportFor(actor, form.whom(), form.toReport());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id))
                .body(new ReportedOnBehalf(id, actor.displayName()));
    }

    /** A case reported for a resident (代办): its number and the helper named on it. */
    record ReportedOnBehalf(long id, String onBehalfBy) {
    }
}
