package org.gongzhi.operations.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.shared.audit.AuditKind;
import org.gongzhi.shared.audit.AuditSearch;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/** The audit trail for administrators' programs: the same search as the page, one page of 50 at a time. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditLogApiController {

    private final AuditSearch search;

    AuditLogApiController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping
    AuditLogPage search(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String subjectType, @RequestParam(required = false) Long subjectId,
            @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page) {
        PageResult<AuditSearch.AuditLogEntry> found = search.search(Permissions.actor(),
                new AuditSearch.Filter(actor, subjectType, subjectId, kind, from, to, PageResult.clampPage(page)));
        return new AuditLogPage(found.items(), found.page(), found.size(), found.total());
    }

    /** One page of audit entries, newest first. */
    record AuditLogPage(List<AuditSearch.AuditLogEntry> items, int page, int size, long total) {
    }
}
