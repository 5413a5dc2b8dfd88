package org.gongzhi.cases.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.CasePermissions;
import org.gongzhi.cases.CasePlace;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseQueries;
import org.gongzhi.cases.NearbyReports;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.community.Landmark;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.geo.GeoPoint;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/**
 * A resident's report from the phone (随手拍), in two steps: what and where first, so that similar open cases
 * nearby can be joined with "me too"; then the description and photo. And the resident's own cases.
 */
@Controller
class ReportController {

    private final ResidentReports reports;
    private final CaseQueries queries;
    private final CasePermissions permissions;
    private final FormProblems formProblems;
    private final NearbyReports nearby;

    ReportController(ResidentReports reports, CaseQueries queries, CasePermissions permissions,
            FormProblems formProblems, NearbyReports nearby) {
        this.nearby = nearby;
        this.formProblems = formProblems;
        this.reports = reports;
        this.queries = queries;
        this.permissions = permissions;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("landmarks", Landmark.values());
        model.addAttribute("placeKinds", CasePlace.Kind.values());
        model.addAttribute("nearestWithin", org.gongzhi.community.Estate.NEAREST_WITHIN_M);
    }

    @GetMapping("/report")
    String start(@ModelAttribute("residentReportForm") ResidentReportForm form, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayReport(actor));
        if (form.category() == null) {
            model.addAttribute("home", reports.homeStairwell(actor));
            model.addAttribute("residentReportForm", ResidentReportForm.startingAt(reports.homeStairwell(actor)));
            return "patrol/report";
        }
        return describe(actor, form, List.of(), model);
    }

    @PostMapping("/report")
    String submit(@Valid @ModelAttribute("residentReportForm") ResidentReportForm form, BindingResult fields,
            @RequestParam(required = false) MultipartFile photo, Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayReport(actor));
        try {
            formProblems.require(fields, form::toReport);
            long id = reports.report(actor, form.toReport(), PhotoUploads.photo(photo, "photo"));
            redirect.addFlashAttribute("flash", "report.submitted");
            return "redirect:/cases/" + id;
        } catch (InvalidInput e) {
            return describe(actor, form, e.problems(), model);
        }
    }

    @GetMapping("/my/cases")
    String mine(Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayReport(actor));
        model.addAttribute("cases", queries.mine(actor));
        model.addAttribute("me", actor.residentId());
        return "patrol/my-cases";
    }

    /**
     * The second step: similar open cases first, then the rest; back to the first if what or where is wrong, naming
     * those problems with the form's own.
     */
    private String describe(Actor actor, ResidentReportForm form, List<InvalidInput.Problem> problems, Model model) {
        model.addAttribute("home", reports.homeStairwell(actor));
        try {
            CaseCategory category = form.categoryChoice();
            GeoPoint point = form.point();
            CasePlaces.Located where;
            if (point != null) {
                where = reports.locate(actor, point).where();
                model.addAttribute("residentReportForm", form.placedAt(where.place()));
            } else {
                where = reports.locate(actor, form.chosenKind(), form.placeCode());
                point = nearby.pointOf(actor.communityId(), where.place()).orElse(null);
            }
            model.addAttribute("category", category);
            model.addAttribute("where", where.place());
            model.addAttribute("similar", similar(actor, category, where, point));
            model.addAttribute("problems", problems);
        } catch (InvalidInput e) {
            List<InvalidInput.Problem> all = new ArrayList<>(problems);
            e.problems().stream().filter(p -> all.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(all::add);
            model.addAttribute("problems", all);
        }
        return "patrol/report";
    }

    /**
     * Open reports of the same kind within {@link NearbyReports#WITHIN_M} metres, nearest first, with their distance;
     * by place and grid, as before the map, where the community has no map. Never the resident's own.
     */
    private List<NearbyReports.NearbyCase> similar(Actor actor, CaseCategory category, CasePlaces.Located where,
            GeoPoint point) {
        List<NearbyReports.NearbyCase> found = point != null ? nearby.near(actor, category, point)
                : queries.similar(actor, category, where).stream().map(c -> new NearbyReports.NearbyCase(null, c))
                        .toList();
        return found.stream().filter(n -> !n.report().reportedBy(actor.residentId())).toList();
    }
}
