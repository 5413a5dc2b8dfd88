package org.gongzhi.operations.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.shared.audit.AuditKind;
import org.gongzhi.shared.audit.AuditSearch;
import org.gongzhi.shared.security.Permissions;

/** The administrator's search of the audit trail: reveals, exports, corrections, by whom, of whom, when. */
@Controller
@RequestMapping("/admin/audit")
class AuditLogController {

    private final AuditSearch search;

    AuditLogController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) Long subjectId, @RequestParam(required = false) AuditKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        AuditSearch.Filter filter = new AuditSearch.Filter(actor, subjectType, subjectId, kind, from, to,
                page == null ? 0 : page);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("result", search.search(Permissions.actor(), filter));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("actor", java.util.Optional.ofNullable(filter.actor()))
                .queryParamIfPresent("subjectType", java.util.Optional.ofNullable(filter.subjectType()))
                .queryParamIfPresent("subjectId", java.util.Optional.ofNullable(filter.subjectId()))
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("from", java.util.Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(filter.to()))
                .encode().build().toUriString());
        return "operations/audit";
    }
}
