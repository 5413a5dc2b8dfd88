package org.gongzhi.community.web;

import java.util.Optional;

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
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.owner.OwnerQueries;
import org.gongzhi.community.owner.OwnerQueries.OwnerFilter;
import org.gongzhi.community.owner.Owners;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/**
 * Staff complete the owners for owners' votes: the current owners with no identity on file, each with a field for
 * their ID number, and the units no household lives in.
 */
@Controller
@RequestMapping("/residents")
class OwnerController {

    private static final int PAGE_SIZE = 20;

    private final Owners owners;
    private final OwnerQueries queries;
    private final RegisterQueries register;
    private final ResidentPermissions permissions;
    private final FormProblems formProblems;

    OwnerController(Owners owners, OwnerQueries queries, RegisterQueries register, ResidentPermissions permissions,
            FormProblems formProblems) {
        this.owners = owners;
        this.queries = queries;
        this.register = register;
        this.permissions = permissions;
        this.formProblems = formProblems;
    }

    @GetMapping("/owners")
    String unidentified(@RequestParam(required = false) Integer building, @RequestParam(required = false) Integer page,
            Model model) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        long community = Permissions.community();
        model.addAttribute("result", queries.owners(community,
                new OwnerFilter(false, building, PageResult.clampPage(page), PAGE_SIZE)));
        model.addAttribute("building", building);
        model.addAttribute("buildingNumbers",
                register.buildings(community).stream().map(RegisterQueries.Building::number).toList());
        return "community/owners";
    }

    @PostMapping("/owners/{id}/identity")
    String identify(@PathVariable long id, @Valid @ModelAttribute("form") OwnerIdentityForm form,
            BindingResult fields, Model model, RedirectAttributes redirect) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        String back = UriComponentsBuilder.fromPath("/residents/owners")
                .queryParamIfPresent("building", Optional.ofNullable(form.building()))
                .queryParamIfPresent("page", Optional.ofNullable(form.page())).toUriString();
        try {
            formProblems.require(fields);
            owners.identify(Permissions.community(), id, form.idNumber());
            redirect.addFlashAttribute("flash", "owners.identified");
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("failedOwner", id);
            return unidentified(form.building(), form.page(), model);
        } catch (Refused e) {
            redirect.addFlashAttribute("flash", "owners.alreadyIdentified");
        }
        return "redirect:" + back;
    }

    @GetMapping("/owners/vacant")
    String vacant(@RequestParam(required = false) Integer page, Model model) {
        Permissions.require(permissions.canCompleteOwners(Permissions.actor()));
        long community = Permissions.community();
        model.addAttribute("result", queries.units(community, true, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("counts", queries.vacantCounts(community));
        return "community/vacant-units";
    }
}
