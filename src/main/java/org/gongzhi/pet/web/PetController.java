package org.gongzhi.pet.web;

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

import org.gongzhi.pet.Pet;
import org.gongzhi.pet.PetHandling;
import org.gongzhi.pet.PetInput;
import org.gongzhi.pet.PetPermissions;
import org.gongzhi.pet.PetSex;
import org.gongzhi.pet.PetStatistics;
import org.gongzhi.pet.PetStatus;
import org.gongzhi.pet.Species;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * The 宠邻家 pages: a household's pets with their reminders and problems, declaring and correcting a pet, the census
 * of a building with its stairwells' coverage, the vaccination-due list, the convention and who signed it, and the
 * public statistics.
 */
@Controller
@RequestMapping("/pets")
class PetController {

    private static final int PAGE_SIZE = 20;

    private final PetHandling pets;
    private final PetStatistics statistics;
    private final PetPermissions permissions;
    private final PostRedirectGet prg;
    private final FormProblems formProblems;

    PetController(PetHandling pets, PetStatistics statistics, PetPermissions permissions, PostRedirectGet prg,
            FormProblems formProblems) {
        this.pets = pets;
        this.statistics = statistics;
        this.permissions = permissions;
        this.prg = prg;
        this.formProblems = formProblems;
    }

    @GetMapping
    String household(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("household", pets.household(actor).orElse(null));
        model.addAttribute("convention", pets.convention(actor).orElse(null));
        roles(model, actor);
        return "pet/household";
    }

    @GetMapping("/new")
    String start(Model model) {
        return form(model, PetInput.empty(), List.of(), null);
    }

    @PostMapping("/new")
    String declare(@Valid @ModelAttribute("petInput") PetInput input, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        try {
            formProblems.require(fields);
            long id = pets.declare(actor, input);
            redirect.addFlashAttribute("flash", "pet.done.declared");
            return "redirect:/pets/" + id;
        } catch (InvalidInput e) {
            return form(model, input, e.problems(), null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        Pet pet = pets.visible(actor, id);
        model.addAttribute("pet", pet);
        model.addAttribute("household", pets.householdOf(actor, pet));
        model.addAttribute("statuses", List.of(PetStatus.MOVED_AWAY, PetStatus.DIED, PetStatus.LOST,
                PetStatus.REHOMED));
        model.addAttribute("problemCategories", PetHandling.PROBLEMS);
        model.addAttribute("mayFileCase", permissions.mayRecordIn(actor, pet.gridId()));
        return "pet/pet";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Pet pet = pets.visible(Permissions.actor(), id);
        Integer age = pet.birthEstimated() && pet.birthDate() != null ? (int) java.time.temporal.ChronoUnit.YEARS
                .between(pet.birthDate(), java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))) : null;
        return form(model, new PetInput(pet.species(), pet.name(), pet.breed(), pet.sex(),
                age == null ? pet.birthDate() : null, pet.neutered(), pet.licenceNumber(), pet.licenceExpiresOn(),
                pet.rabiesVaccinatedOn(), pet.rabiesCertificate(), null, null, pet.version(), age), List.of(), pet);
    }

    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("petInput") PetInput input, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        Pet pet = pets.visible(actor, id);
        try {
            formProblems.require(fields);
            pets.edit(actor, id, input);
            redirect.addFlashAttribute("flash", "pet.done.edited");
            return "redirect:/pets/" + id;
        } catch (InvalidInput e) {
            return form(model, input, e.problems(), pet);
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            return form(model, input, List.of(), pet);
        }
    }

    @PostMapping("/{id}/photo")
    String photograph(@PathVariable long id,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile photo,
            RedirectAttributes redirect) {
        return prg.attempt("/pets/" + id, redirect, "pet.done.photographed", () -> pets.photograph(
                Permissions.actor(), id, org.gongzhi.shared.files.PhotoUploads.photo(photo, "photo")));
    }

    @GetMapping("/{id}/photo")
    org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable long id) {
        return PetApiController.photoOf(pets, id);
    }

    @PostMapping("/{id}/status")
    String reportChange(@PathVariable long id, @RequestParam(required = false) PetStatus status,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate on,
            RedirectAttributes redirect) {
        return prg.attempt("/pets/" + id, redirect, "pet.done.reported",
                () -> pets.reportChange(Permissions.actor(), id, status, on));
    }

    @PostMapping("/{id}/cases")
    String fileCase(@PathVariable long id, @RequestParam(required = false) org.gongzhi.cases.CaseCategory category,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return prg.attempt("/pets/" + id, redirect, "pet.done.caseFiled", () -> {
            if (description == null || description.isBlank()) {
                throw InvalidInput.of("description", "validation.required");
            }
            pets.fileCase(Permissions.actor(), id, category, description);
        });
    }

    @GetMapping("/census")
    String census(@RequestParam(required = false) Integer building, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Permissions.actor();
        List<Integer> buildings = pets.buildings(actor);
        Integer shown = building != null ? building : buildings.isEmpty() ? null : buildings.getFirst();
        model.addAttribute("buildings", buildings);
        model.addAttribute("building", shown);
        model.addAttribute("stairwells", shown == null ? List.of() : pets.building(actor, shown));
        model.addAttribute("result", shown == null ? new PageResult<Pet>(List.of(), 0, PAGE_SIZE, 0)
                : pets.inBuilding(actor, shown, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("base", "/pets/census?building=" + shown);
        model.addAttribute("coverage", pets.coverage(actor));
        roles(model, actor);
        return "pet/census";
    }

    @PostMapping("/visits")
    String visit(@RequestParam(required = false) String stairwell, @RequestParam(required = false) Integer building,
            RedirectAttributes redirect) {
        return prg.attempt("/pets/census" + (building == null ? "" : "?building=" + building), redirect,
                "pet.done.visited", () -> pets.visit(Permissions.actor(), stairwell));
    }

    @GetMapping("/due")
    String due(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", pets.vaccinationDue(Permissions.actor(), PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("base", "/pets/due");
        return "pet/due";
    }

    @GetMapping("/compliance")
    String compliance(@RequestParam(required = false) org.gongzhi.pet.ComplianceIssue issue,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", pets.breaking(Permissions.actor(), issue, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("issue", issue);
        model.addAttribute("issues", org.gongzhi.pet.ComplianceIssue.values());
        model.addAttribute("base", "/pets/compliance" + (issue == null ? "" : "?issue=" + issue));
        return "pet/compliance";
    }

    @GetMapping("/rules")
    String rules(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("convention", pets.convention(actor).orElse(null));
        model.addAttribute("household", pets.household(actor).orElse(null));
        model.addAttribute("banned", pets.banned(actor));
        if (permissions.isStaff(actor)) {
            model.addAttribute("signatures", pets.signatures(actor, PageResult.clampPage(page), PAGE_SIZE));
            model.addAttribute("owners", pets.signedByOwners(actor));
        }
        roles(model, actor);
        return "pet/rules";
    }

    @PostMapping("/rules/sign")
    String sign(RedirectAttributes redirect) {
        return prg.attempt("/pets/rules", redirect, "pet.done.signed", () -> pets.sign(Permissions.actor()));
    }

    @PostMapping("/rules")
    String publish(@RequestParam(required = false) String title, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        return prg.attempt("/pets/rules", redirect, "pet.done.published", () -> {
            if (title == null || title.isBlank() || body == null || body.isBlank()) {
                throw InvalidInput.of(title == null || title.isBlank() ? "title" : "body", "validation.required");
            }
            pets.publish(Permissions.actor(), title, body);
        });
    }

    @PostMapping("/banned-breeds")
    String ban(@RequestParam(required = false) String breed, @RequestParam(required = false)
            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
            RedirectAttributes redirect) {
        return prg.attempt("/pets/rules", redirect, "pet.done.banned", () -> {
            if (breed == null || breed.isBlank()) {
                throw InvalidInput.of("breed", "validation.required");
            }
            if (from == null) {
                throw InvalidInput.of("from", "validation.required");
            }
            pets.ban(Permissions.actor(), breed, from);
        });
    }

    @GetMapping("/stats")
    String stats(Model model) {
        model.addAttribute("stats", PetViews.PetStatsView.of(statistics.of(Permissions.community())));
        return "pet/stats";
    }

    private void roles(Model model, Actor actor) {
        model.addAttribute("isStaff", permissions.isStaff(actor));
        model.addAttribute("mayTakeCensus", permissions.mayTakeCensus(actor));
    }

    private String form(Model model, PetInput input, List<InvalidInput.Problem> problems, Pet pet) {
        Actor actor = Permissions.actor();
        model.addAttribute("petInput", input);
        model.addAttribute("problems", problems);
        model.addAttribute("pet", pet);
        model.addAttribute("species", Species.values());
        model.addAttribute("sexes", PetSex.values());
        model.addAttribute("forOthers", pet == null && permissions.mayTakeCensus(actor));
        model.addAttribute("home", pets.home(actor).orElse(null));
        return "pet/form";
    }
}
