package org.gongzhi.community.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.ResidentSearch;
import org.gongzhi.community.resident.Residents;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/** Residents' committee pages for browsing, registering, correcting and moving out residents. */
@Controller
@RequestMapping("/residents")
class ResidentController {

    private final Residents residents;
    private final ResidentQueries queries;
    private final ResidentPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final FormProblems formProblems;

    ResidentController(Residents residents, ResidentQueries queries, ResidentPermissions permissions,
            AuditTrail audit, Clock clock, FormProblems formProblems) {
        this.formProblems = formProblems;
        this.residents = residents;
        this.queries = queries;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("residenceTypes", ResidenceType.values());
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer grid,
            @RequestParam(defaultValue = "false") boolean movedOut, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canBrowse(actor));
        ResidentSearch search = new ResidentSearch(q, grid, movedOut, PageResult.clampPage(page), 20);
        model.addAttribute("result", queries.search(Permissions.community(), permissions.visibility(actor), search));
        model.addAttribute("q", q);
        model.addAttribute("grid", grid);
        model.addAttribute("movedOut", movedOut);
        model.addAttribute("canEdit", permissions.canEdit(actor));
        model.addAttribute("canImport", permissions.canImportAndExport(actor));
        return "community/residents";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canBrowse(actor));
        ResidentRow resident = queries.get(Permissions.community(), permissions.visibility(actor), id);
        model.addAttribute("resident", resident);
        model.addAttribute("household", queries.household(Permissions.community(), resident.householdId()));
        model.addAttribute("unit", queries.unitOf(Permissions.community(), resident.householdId()));
        model.addAttribute("history", audit.of("resident", id));
        model.addAttribute("canEdit", permissions.canEdit(actor));
        model.addAttribute("canReveal", permissions.canRevealIdCard(actor) && resident.idCardMasked() != null);
        return "community/resident";
    }

    @PostMapping("/{id}/reveal-id")
    String revealIdCard(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canRevealIdCard(actor));
        queries.get(Permissions.community(), permissions.visibility(actor), id);
        model.addAttribute("revealedIdCard", residents.revealIdCard(Permissions.community(), id).orElse(null));
        return show(id, model);
    }

    @GetMapping("/new")
    String create(Model model) {
        Permissions.require(permissions.canEdit(Permissions.actor()));
        model.addAttribute("form", ResidentForm.empty());
        return "community/resident-form";
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") ResidentForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        try {
            formProblems.require(fields, () -> residents.check(Permissions.community(), form.input()));
            long id = residents.register(Permissions.community(), form.input());
            redirect.addFlashAttribute("flash", "resident.registered");
            return "redirect:/residents/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "community/resident-form";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        ResidentRow resident = queries.get(Permissions.community(), permissions.visibility(actor), id);
        model.addAttribute("resident", resident);
        model.addAttribute("form", ResidentForm.of(resident, queries.version(id)));
        return "community/resident-form";
    }

    @PostMapping("/{id}")
    String correct(@PathVariable long id, @Valid @ModelAttribute("form") ResidentForm form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        ResidentRow resident = queries.get(Permissions.community(), permissions.visibility(actor), id);
        try {
            formProblems.require(fields, () -> form.input().validate(LocalDate.now(clock), false));
            residents.correct(Permissions.community(), id, form.version() == null ? -1 : form.version(), form.input());
            redirect.addFlashAttribute("flash", "resident.saved");
            return "redirect:/residents/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("resident", resident);
            model.addAttribute("problems", e.problems());
            return "community/resident-form";
        }
    }

    @PostMapping("/{id}/move-out")
    String moveOut(@PathVariable long id, @RequestParam(required = false) LocalDate on, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.canEdit(actor));
        queries.get(Permissions.community(), permissions.visibility(actor), id);
        try {
            residents.moveOut(Permissions.community(), id, on);
            redirect.addFlashAttribute("flash", "resident.movedOut.done");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/residents/" + id;
    }
}
