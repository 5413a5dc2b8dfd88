package org.gongzhi.cases.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.cases.ResidentReport;
import org.gongzhi.cases.ResidentReports;
import org.gongzhi.identity.ConsentMethod;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;

/**
 * 代办随手拍: staff and verified volunteers report a problem for a resident without a phone, with the resident's
 * consent (the page; {@link OnBehalfReportApiController} is the API).
 */
@Controller
class OnBehalfReportController {

    private final ResidentReports reports;
    private final FormProblems formProblems;

    OnBehalfReportController(ResidentReports reports, FormProblems formProblems) {
        this.reports = reports;
        this.formProblems = formProblems;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("consents", ConsentMethod.values());
    }

    @GetMapping("/report-for")
    String start(Model model) {
        Permissions.require(reports.mayHelp(Permissions.actor()));
        model.addAttribute("form", OnBehalfReportForm.empty());
        return "patrol/report-for";
    }

    @PostMapping("/report-for")
    String submit(@Valid @ModelAttribute("form") OnBehalfReportForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(reports.mayHelp(actor));
        try {
            formProblems.require(fields);
            long id = reports.reportFor(actor, form.whom(), report(form));
            redirect.addFlashAttribute("reportedFor", id);
            return "redirect:/report-for";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "patrol/report-for";
        }
    }

    private static ResidentReport report(OnBehalfReportForm form) {
        return form.toReport();
    }
}
