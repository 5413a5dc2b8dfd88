package org.gongzhi.cases.web;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CaseDetails;
import org.gongzhi.cases.CaseFilter;
import org.gongzhi.cases.CaseHandling;
import org.gongzhi.cases.CaseMeasure;
import org.gongzhi.cases.CaseMeasureWindow;
import org.gongzhi.cases.CasePermissions;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.NearbyReports;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.CaseState;
import org.gongzhi.cases.CaseSummary;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.geo.CoordinateSystem;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/** Work orders for programs: report, list, follow and move them; a step the case does not allow is a 409. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    private final ResidentReports reports;
    private final CaseHandling handling;
    private final CaseQueries queries;
    private final CasePermissions permissions;
    private final FormProblems formProblems;
    private final NearbyReports nearby;
    private final MessageSource messages;

    CaseApiController(ResidentReports reports, CaseHandling handling, CaseQueries queries,
            CasePermissions permissions, FormProblems formProblems, NearbyReports nearby, MessageSource messages) {
        this.nearby = nearby;
        this.messages = messages;
        this.formProblems = formProblems;
        this.reports = reports;
        this.handling = handling;
        this.queries = queries;
        this.permissions = permissions;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseDetails> report(@Valid @RequestBody ResidentReportForm form, BindingResult fields) {
        return reported(form, fields, null);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseDetails> reportWithPhoto(@Valid @ModelAttribute ResidentReportForm form, BindingResult fields,
            @RequestParam(required = false) MultipartFile photo) {
        return reported(form, fields, PhotoUploads.photo(photo, "photo"));
    }

    @GetMapping
    PageResult<CaseSummary> list(@RequestParam(required = false) CaseState state,
            @RequestParam(required = false) CaseCategory category, @RequestParam(required = false) Integer grid,
            @RequestParam(required = false) Integer branch, @RequestParam(required = false) ResponsibleParty party,
            @RequestParam(required = false) CaseMeasure measure,
            @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean escalated, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        return queries.list(actor.communityId(), permissions.scope(actor), new CaseFilter(state, category, grid,
                branch, party, CaseMeasureWindow.of(measure, from, to), overdue, escalated,
                PageResult.clampPage(page), PageResult.clampSize(size)));
    }

    /** Open cases like the one about to be reported; the place defaults to the caller's own stairwell. */
    @GetMapping("/similar")
    List<CaseSummary> similar(@RequestParam CaseCategory category,
            @RequestParam(required = false) String stairwellCode) {
        Actor actor = Permissions.actor();
        return queries.similar(actor, category,
                reports.locate(actor, CasePlace.Kind.STAIRWELL, stairwellCode));
    }

    /**
     * Where a point picked on the map is placed and the open reports of the category (any when not given) within
     * {@link NearbyReports#WITHIN_M} metres of it, nearest first, each with its distance:
     * {@code GET /api/v1/cases/nearby?category=LITTER&lat=31.1&long=121.3} (WGS-84, or {@code coordsys=gcj02}); or
     * near a place of the register, {@code ?placeKind=STAIRWELL&placeCode=AY-12-3}. A point outside the community is
     * a 400 naming {@code lat}.
     */
    @GetMapping("/nearby")
    Nearby nearby(@RequestParam(required = false) String category, @RequestParam(required = false) String lat,
            @RequestParam(name = "long", required = false) String lon,
            @RequestParam(required = false) String coordsys, @RequestParam(required = false) String placeKind,
            @RequestParam(required = false) String placeCode) {
        Actor actor = Permissions.actor();
        CaseCategory what = category == null || category.isBlank() ? null : java.util.Arrays.stream(
                CaseCategory.values()).filter(c -> c.name().equals(category.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.of("category", "validation.choice", category));
        CoordinateSystem system = CoordinateSystem.parse(coordsys)
                .orElseThrow(() -> InvalidInput.of("coordsys", "map.validation.coordsys", coordsys));
        GeoPoint asked = ResidentReport.point(lat, lon);
        GeoPoint point;
        CasePlaces.Located where;
        Integer placedMetres = null;
        if (asked != null) {
            point = system.toWgs84(asked.lat(), asked.lon());
            CasePlaces.AtPoint at = reports.locate(actor, point);
            where = at.where();
            placedMetres = (int) Math.round(at.metres());
        } else {
            CasePlace.Kind kind = placeKind == null || placeKind.isBlank() ? CasePlace.Kind.STAIRWELL
                    : java.util.Arrays.stream(CasePlace.Kind.values()).filter(k -> k.name().equals(placeKind.strip()))
                            .findFirst().orElseThrow(() -> InvalidInput.of("placeKind", "validation.choice", placeKind));
            where = reports.locate(actor, kind, placeCode);
            point = nearby.pointOf(actor.communityId(), where.place()).orElse(null);
        }
        List<NearbyReports.NearbyCase> found = point == null ? List.of() : nearby.near(actor, what, point);
        return new Nearby(where.place(), messages.getMessage(where.place().messageKey(), where.place().args(),
                LocaleContextHolder.getLocale()), placedMetres, NearbyReports.WITHIN_M, found);
    }

    /**
     * The answer of {@code /nearby}: the place a point was placed at (its name as the reader reads it, and how many
     * metres the point lay from its door or edge; null when a place was named), and the open reports near it.
     */
    record Nearby(CasePlace place, String placeName, Integer placedMetres, int withinMetres,
            List<NearbyReports.NearbyCase> reports) {
    }

    @GetMapping("/{id}")
    CaseDetails get(@PathVariable long id) {
        Actor actor = Permissions.actor();
        handling.visible(actor, id);
        return queries.details(actor, id);
    }

    @PostMapping(value = "/{id}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseDetails take(@PathVariable long id, @Valid @RequestBody CaseTransitionRequest request,
            BindingResult fields) {
        return taken(id, request, fields, null);
    }

    @PostMapping(value = "/{id}/transitions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CaseDetails takeWithPhoto(@PathVariable long id, @Valid @ModelAttribute CaseTransitionRequest request,
            BindingResult fields, @RequestParam(required = false) MultipartFile photo) {
        handling.visible(Permissions.actor(), id);
        return taken(id, request, fields, PhotoUploads.photo(photo, "photo"));
    }

    @PostMapping("/{id}/rating")
    CaseDetails rate(@PathVariable long id, @Valid @RequestBody Rating rating, BindingResult fields) {
        handling.visible(Permissions.actor(), id);
        formProblems.require(fields);
        handling.rate(Permissions.actor(), id, rating.score(), rating.comment());
        return get(id);
    }

    @PostMapping("/{id}/me-too")
    Map<String, Long> meToo(@PathVariable long id) {
        return Map.of("meToos", reports.meToo(Permissions.actor(), id));
    }

    private ResponseEntity<CaseDetails> reported(ResidentReportForm form, BindingResult fields, PhotoUpload photo) {
        Actor actor = Permissions.actor();
        formProblems.require(fields, form::toReport);
        long id = reports.report(actor, form.toReport(), photo);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(queries.details(actor, id));
    }

    private CaseDetails taken(long id, CaseTransitionRequest request, BindingResult fields, PhotoUpload photo) {
        handling.visible(Permissions.actor(), id);
        formProblems.require(fields, () -> request.toTransition(photo != null));
        handling.take(Permissions.actor(), id, request.toTransition(photo != null), photo);
        return get(id);
    }
}
