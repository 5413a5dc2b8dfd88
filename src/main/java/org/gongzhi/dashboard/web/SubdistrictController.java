package org.gongzhi.dashboard.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.dashboard.CommunityDashboard;
import org.gongzhi.dashboard.SubdistrictComparison;
import org.gongzhi.dashboard.SubdistrictFigures;
import org.gongzhi.dashboard.SubdistrictReport;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/**
 * The subdistrict officer's page: the communities of their subdistrict side by side, ranked on a measure, and the
 * monthly report to download. A bad filter is said at the top and the default year shown instead, as on the
 * dashboard; a bad month for the report is said on the page.
 */
@Controller
class SubdistrictController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SubdistrictComparison comparison;
    private final SubdistrictReport report;
    private final MessageSource messages;
    private final CommunityDashboard dashboard;

    SubdistrictController(SubdistrictComparison comparison, SubdistrictReport report, MessageSource messages,
            CommunityDashboard dashboard) {
        this.dashboard = dashboard;
        this.comparison = comparison;
        this.report = report;
        this.messages = messages;
    }

    @GetMapping("/subdistrict")
    String compare(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String measure, @RequestParam(required = false) String order,
            Model model, Locale locale) {
        Actor actor = Permissions.actor();
        Permissions.require(SubdistrictComparison.mayView(actor));
        SubdistrictFigures figures;
        try {
            figures = comparison.compare(actor, from, to, measure, order);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.args(), locale)).toList());
            figures = comparison.compare(actor, null, null, null, null);
        }
        model.addAttribute("figures", figures);
        model.addAttribute("asOf", AsOf.of(figures.asOf(), dashboard.figuresTtl()));
        model.addAttribute("view", new SubdistrictView());
        model.addAttribute("lastMonth", report.month(null));
        return "dashboard/subdistrict";
    }

    @GetMapping("/subdistrict/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Locale locale, RedirectAttributes redirect) {
        return download(month, "xlsx", XLSX, locale, redirect);
    }

    @GetMapping("/subdistrict/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Locale locale, RedirectAttributes redirect) {
        return download(month, "pdf", MediaType.APPLICATION_PDF, locale, redirect);
    }

    private ResponseEntity<byte[]> download(YearMonth asked, String extension, MediaType type, Locale locale,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(SubdistrictComparison.mayView(actor));
        YearMonth month;
        try {
            month = report.month(asked);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.args(), locale)).toList());
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/subdistrict").build();
        }
        byte[] body = extension.equals("pdf") ? report.pdf(actor, month, locale) : report.xlsx(actor, month, locale);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.filename(month, extension)).build().toString())
                .body(body);
    }
}
