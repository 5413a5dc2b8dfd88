package org.gongzhi.cases.web;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CaseFilter;
import org.gongzhi.cases.CaseHandling;
import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasureWindow;
import org.gongzhi.cases.CasePermissions;
import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.CaseScope;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.community.Organisation;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.ListExport;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/** The work-order pages: the scoped list, one case with its timeline and the steps the viewer may take. */
@Controller
@RequestMapping("/cases")
class CaseController {

    private final CaseQueries queries;
    private final CaseHandling handling;
    private final ResidentReports reports;
    private final CasePermissions permissions;
    private final WorkOrders orders;
    private final PhotoStore photos;
    private final PostRedirectGet prg;
    private final Organisation organisation;
    private final FormProblems formProblems;
    private final ListExport exports;

    CaseController(CaseQueries queries, CaseHandling handling, ResidentReports reports, CasePermissions permissions,
            WorkOrders orders, PhotoStore photos, PostRedirectGet prg, Organisation organisation,
            FormProblems formProblems, ListExport exports) {
        this.formProblems = formProblems;
        this.exports = exports;
        this.organisation = organisation;
        this.queries = queries;
        this.handling = handling;
        this.reports = reports;
        this.permissions = permissions;
        this.orders = orders;
        this.photos = photos;
        this.prg = prg;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("states", CaseState.values());
        model.addAttribute("parties", ResponsibleParty.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseState state, @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) Integer grid, @RequestParam(required = false) Integer branch,
            @RequestParam(required = false) ResponsibleParty party, @RequestParam(required = false) CaseMeasure measure,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean escalated, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Permissions.actor();
        CaseFilter filter = new CaseFilter(state, category, grid, branch, party,
                CaseMeasureWindow.of(measure, from, to), overdue, escalated, PageResult.clampPage(page), 20);
        model.addAttribute("result", queries.list(actor.communityId(), permissions.scope(actor), filter));
        model.addAttribute("filter", filter);
        if (branch != null) {
            model.addAttribute("branchName", organisation.branchNames(actor.communityId()).get(branch));
        }
        model.addAttribute("canReport", permissions.mayReport(actor));
        model.addAttribute("canExport", permissions.mayExport(actor));
        return "patrol/cases";
    }

    /** The list as on screen, every page of it, as .xlsx: same filter, same scope; staff only; audited. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) CaseState state, @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) Integer grid, @RequestParam(required = false) Integer branch,
            @RequestParam(required = false) ResponsibleParty party, @RequestParam(required = false) CaseMeasure measure,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean escalated, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayExport(actor));
        CaseScope scope = permissions.scope(actor);
        CaseMeasureWindow window = CaseMeasureWindow.of(measure, from, to);
        IntFunction<CaseFilter> page = n -> new CaseFilter(state, category, grid, branch, party, window, overdue,
                escalated, n, ListExport.PAGE);
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("case.list.title", "work_order",
                page.apply(0).query(), COLUMNS, n -> queries.list(actor.communityId(), scope, page.apply(n)).items()));
    }

    private static final List<ListExport.Column<CaseSummary>> COLUMNS = List.of(
            ListExport.column("case.field.number", CaseSummary::id),
            ListExport.column("case.field.category", c -> ListExport.label("case.category." + c.category())),
            ListExport.column("case.field.state", CaseSummary::state),
            ListExport.column("case.field.grid", CaseSummary::gridNumber),
            ListExport.column("case.field.place", c -> ListExport.label(c.place().messageKey(), c.place().args())),
            ListExport.column("case.field.description", CaseSummary::description),
            ListExport.column("case.field.reportedAt", CaseSummary::reportedAt),
            ListExport.column("case.field.party", c -> c.party() == null ? null
                    : ListExport.label("case.party." + c.party())),
            ListExport.column("case.field.deadline", CaseSummary::deadline),
            ListExport.column("case.field.overdue", CaseSummary::overdue),
            ListExport.column("case.field.escalated", CaseSummary::escalated),
            ListExport.column("case.field.rework", CaseSummary::reworkCount),
            ListExport.column("case.field.meToos", CaseSummary::meToos),
            ListExport.column("case.field.rating", CaseSummary::rating));

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        WorkOrder order = handling.visible(actor, id);
        model.addAttribute("details", queries.details(actor, id));
        model.addAttribute("can", handling.actionsFor(actor, order).stream().map(Enum::name).toList());
        model.addAttribute("canRate", order.state() == CaseState.CLOSED && order.rating() == null
                && permissions.mayRate(actor, order));
        model.addAttribute("canMeToo", order.state().isOpen() && permissions.mayMeToo(actor, order)
                && !orders.joined(id, actor.residentId()));
        model.addAttribute("canReport", permissions.mayReport(actor));
        return "patrol/case";
    }

    @PostMapping("/{id}/transitions")
    String take(@PathVariable long id, @Valid @ModelAttribute CaseTransitionRequest request, BindingResult fields,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return attempt(id, redirect, "case.done." + request.action(), () -> {
            var upload = PhotoUploads.photo(photo, "photo");
            formProblems.require(fields, () -> request.toTransition(upload != null));
            handling.take(Permissions.actor(), id, request.toTransition(upload != null), upload);
        });
    }

    @PostMapping("/{id}/rating")
    String rate(@PathVariable long id, @Valid @ModelAttribute Rating rating, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "case.done.RATE", () -> {
            formProblems.require(fields);
            handling.rate(Permissions.actor(), id, rating.score(), rating.comment());
        });
    }

    @PostMapping("/{id}/me-too")
    String meToo(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "case.done.ME_TOO", () -> reports.meToo(Permissions.actor(), id));
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        handling.visible(Permissions.actor(), id);
        WorkOrders.StoredPhoto stored = orders.photo(id, photoId).orElseThrow(() -> new NotFound("photo"));
        byte[] bytes = photos.read(stored.storageKey()).orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(bytes);
    }

    /** A step on a case the actor may not see is a 404 before anything sent with it is looked at. */
    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        handling.visible(Permissions.actor(), id);
        return prg.attempt("/cases/" + id, redirect, done, step);
    }
}
