package org.gongzhi.volunteer.web;

import java.util.List;

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

import org.gongzhi.cases.CaseCategory;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.volunteer.CareHandling;
import org.gongzhi.volunteer.CareReason;
import org.gongzhi.volunteer.CareRecipient;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.Volunteering;
import org.gongzhi.volunteer.Wellbeing;

/**
 * The care pages: a team's visiting list (overdue first) with the leader's form to add a person, and one person with
 * their volunteers and visits, the form to record a visit and the leader's form to pair a volunteer.
 */
@Controller
@RequestMapping("/volunteers")
class CareController {

    private final CareHandling care;
    private final Volunteering volunteering;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;

    CareController(CareHandling care, Volunteering volunteering, PostRedirectGet prg, FormProblems formProblems) {
        this.care = care;
        this.volunteering = volunteering;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    @GetMapping("/teams/{id}/care")
    String list(@PathVariable long id, @RequestParam(required = false) String name, Model model) {
        Actor actor = Permissions.actor();
        Team team = volunteering.team(actor, id);
        boolean leads = volunteering.leads(actor, team);
        List<VolunteerViews.CareRecipientView> all = care.recipients(actor, id).stream()
                .map(c -> VolunteerViews.CareRecipientView.of(c, care.today())).toList();
        model.addAttribute("team", team);
        model.addAttribute("leads", leads);
        model.addAttribute("overdue", all.stream().filter(VolunteerViews.CareRecipientView::overdue).toList());
        model.addAttribute("onTime", all.stream().filter(c -> !c.overdue()).toList());
        model.addAttribute("reasons", CareReason.values());
        model.addAttribute("name", name);
        model.addAttribute("found", leads ? care.elders(actor, id, name) : List.of());
        return "volunteer/care";
    }

    @PostMapping("/teams/{id}/care")
    String add(@PathVariable long id,
            @Valid @ModelAttribute("careRecipientRequest") VolunteerRequests.CareRecipientRequest form,
            BindingResult fields, RedirectAttributes redirect) {
        return prg.attempt("/volunteers/teams/" + id + "/care", redirect, "volunteer.care.done.added", () -> {
            formProblems.require(fields);
            care.add(Permissions.actor(), id, form.residentId(), form.reason(), form.everyDays(),
                    form.note() == null || form.note().isBlank() ? null : form.note().strip());
        });
    }

    @GetMapping("/care/{id}")
    String person(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        CareRecipient recipient = care.recipient(actor, id);
        boolean leads = care.mayLead(actor, recipient);
        model.addAttribute("c", VolunteerViews.CareRecipientView.of(recipient, care.today()));
        model.addAttribute("visits", care.visits(actor, id));
        model.addAttribute("leads", leads);
        model.addAttribute("today", care.today());
        model.addAttribute("wellbeings", Wellbeing.values());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("members", leads ? volunteering.members(actor, recipient.teamId(), MembershipStatus.MEMBER,
                0, 500).items() : List.of());
        model.addAttribute("canVisit", actor.residentId() != null);
        return "volunteer/care-person";
    }

    @PostMapping("/care/{id}/volunteers")
    String pair(@PathVariable long id, @RequestParam(required = false) Long volunteerResidentId,
            RedirectAttributes redirect) {
        return prg.attempt("/volunteers/care/" + id, redirect, "volunteer.care.done.paired",
                () -> care.pair(Permissions.actor(), id, volunteerResidentId));
    }

    @PostMapping("/care/{id}/visits")
    String visit(@PathVariable long id, @Valid @ModelAttribute("visitRequest") VolunteerRequests.VisitRequest form,
            BindingResult fields, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        care.recipient(actor, id);
        return prg.attempt("/volunteers/care/" + id, redirect, form.report() == null ? "volunteer.care.done.visited"
                : "volunteer.care.done.reported", () -> {
                    formProblems.require(fields);
                    care.visit(actor, id, form.visitedOn(), form.wellbeing(), form.cleanNote(), form.cleanNeed(),
                            form.report());
                });
    }
}
