package org.gongzhi.thinktank.web;

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

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.thinktank.Availability;
import org.gongzhi.thinktank.InvitationAnswer;
import org.gongzhi.thinktank.Talent;
import org.gongzhi.thinktank.TargetKind;
import org.gongzhi.thinktank.ThinkTank;

/**
 * The think tank pages: one's own profile and invitations; for those who invite, the search; and a talent's page
 * with their invitations, the form to invite them and to record what they contributed.
 */
@Controller
@RequestMapping("/thinktank")
class ThinkTankController {

    private static final int PAGE_SIZE = 20;

    private final ThinkTank thinkTank;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;

    ThinkTankController(ThinkTank thinkTank, PostRedirectGet prg, FormProblems formProblems) {
        this.thinkTank = thinkTank;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    @GetMapping
    String home(@RequestParam(required = false) String q, @RequestParam(required = false) Long skill,
            @RequestParam(required = false) Availability availability, @RequestParam(required = false) Integer grid,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        var mine = thinkTank.mine(actor);
        ThinkTankRequests.TalentRequest form = mine.map(t -> new ThinkTankRequests.TalentRequest(t.profession(),
                t.skills().stream().map(s -> s.id()).collect(java.util.stream.Collectors.toSet()), t.skillsText(),
                t.availability(), t.howToHelp())).orElse(new ThinkTankRequests.TalentRequest("", java.util.Set.of(),
                "", Availability.WEEKENDS, ""));
        return page(model, form, List.of(), q, skill, availability, grid, page);
    }

    @PostMapping("/me")
    String save(@Valid @ModelAttribute("talentRequest") ThinkTankRequests.TalentRequest form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        try {
            formProblems.require(fields);
            thinkTank.register(Permissions.actor(), form.input());
            redirect.addFlashAttribute("flash", "thinktank.done.saved");
            return "redirect:/thinktank";
        } catch (InvalidInput e) {
            return page(model, form, e.problems(), null, null, null, null, null);
        }
    }

    @PostMapping("/invitations/{id}/answer")
    String answer(@PathVariable long id, @RequestParam InvitationAnswer answer, RedirectAttributes redirect) {
        return prg.attempt("/thinktank#my-invitations", redirect, "thinktank.done.answered",
                () -> thinkTank.answer(Permissions.actor(), id, answer));
    }

    @GetMapping("/talents/{id}")
    String talent(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("talent", thinkTank.talent(actor, id));
        model.addAttribute("invitations", thinkTank.invitations(actor, id));
        model.addAttribute("mayInvite", thinkTank.mayInvite(actor));
        model.addAttribute("targets", thinkTank.mayInvite(actor) ? thinkTank.targets(actor) : List.of());
        return "thinktank/talent";
    }

    @PostMapping("/talents/{id}/invite")
    String invite(@PathVariable long id, @RequestParam(required = false) String target,
            @RequestParam(required = false) String message, RedirectAttributes redirect) {
        return prg.attempt("/thinktank/talents/" + id, redirect, "thinktank.done.invited", () -> {
            String[] parts = target == null ? new String[0] : target.split("-");
            if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
                throw InvalidInput.of("target", "thinktank.invalid.target");
            }
            TargetKind kind;
            try {
                kind = TargetKind.valueOf(parts[0]);
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("target", "thinktank.invalid.target");
            }
            thinkTank.invite(Permissions.actor(), id, kind, Long.parseLong(parts[1]), ThinkTankRequests.blank(message));
        });
    }

    @PostMapping("/invitations/{id}/contribution")
    String contribution(@PathVariable long id, @RequestParam(required = false) String contribution,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        long talent = thinkTank.invitationTalent(actor, id);
        return prg.attempt("/thinktank/talents/" + talent + "#i-" + id, redirect, "thinktank.done.contribution", () -> {
            if (contribution == null || contribution.isBlank() || contribution.strip().length() > 1000) {
                throw InvalidInput.of("contribution", "thinktank.invalid.contribution");
            }
            thinkTank.contribution(actor, id, contribution.strip());
        });
    }

    private String page(Model model, ThinkTankRequests.TalentRequest form, List<InvalidInput.Problem> problems,
            String q, Long skill, Availability availability, Integer grid, Integer page) {
        Actor actor = Permissions.actor();
        var mine = thinkTank.mine(actor);
        model.addAttribute("talentRequest", form);
        model.addAttribute("problems", problems);
        model.addAttribute("mine", mine.orElse(null));
        model.addAttribute("myInvitations", mine.map(t -> thinkTank.invitations(actor, t.id())).orElse(List.of()));
        model.addAttribute("hasHome", actor.residentId() != null);
        model.addAttribute("skills", thinkTank.skills(actor));
        model.addAttribute("availabilities", Availability.values());
        boolean mayInvite = thinkTank.mayInvite(actor);
        model.addAttribute("mayInvite", mayInvite);
        if (mayInvite) {
            PageResult<Talent> result = thinkTank.search(actor, q, skill, availability, grid,
                    PageResult.clampPage(page), PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("q", q);
            model.addAttribute("skill", skill);
            model.addAttribute("availability", availability);
            model.addAttribute("grid", grid);
            model.addAttribute("base", org.springframework.web.util.UriComponentsBuilder.fromPath("/thinktank")
                    .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                    .queryParamIfPresent("skill", java.util.Optional.ofNullable(skill))
                    .queryParamIfPresent("availability", java.util.Optional.ofNullable(availability))
                    .queryParamIfPresent("grid", java.util.Optional.ofNullable(grid)).build().encode().toUriString());
        }
        return "thinktank/home";
    }
}
