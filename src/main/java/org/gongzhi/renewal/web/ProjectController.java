package org.gongzhi.renewal.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.patrol.WorkOrders;
import org.gongzhi.renewal.ProgressInput;
import org.gongzhi.renewal.ProjectAction;
import org.gongzhi.renewal.ProjectInput;
import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.Projects;
import org.gongzhi.renewal.SpendingInput;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.InvalidInput;
import org.gongzhi.shared.web.NotFound;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.Refused;

/**
 * The micro-renewal pages: every project with its progress bar and spending; one project with its plan, progress
 * timeline and ledger; staff forms to set up, start, report on, pay for and complete a project.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private static final int PAGE_SIZE = 20;

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final ProjectRefusalMessages refusals;
    private final WorkOrders workOrders;

    ProjectController(Projects projects, ProjectPermissions permissions, ProjectRefusalMessages refusals,
            WorkOrders workOrders) {
        this.workOrders = workOrders;
        this.projects = projects;
        this.permissions = permissions;
        this.refusals = refusals;
    }

    @GetMapping
    String list(@RequestParam(required = false) ProjectState state, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("result", projects.list(actor, state, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("state", state);
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("canManage", permissions.mayManage(actor));
        return "renewal/projects";
    }

    @GetMapping("/new")
    String start(Model model) {
        Permissions.require(permissions.mayManage(Permissions.actor()));
        model.addAttribute("form", new ProjectInput(null, null, null, null, null, null, null));
        return "renewal/new";
    }

    @PostMapping
    String create(@ModelAttribute("form") ProjectInput form, Model model, RedirectAttributes redirect) {
        try {
            long id = projects.create(Permissions.actor(), form);
            redirect.addFlashAttribute("flash", "project.done.CREATE");
            return "redirect:/projects/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "renewal/new";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("project", projects.details(actor, id));
        model.addAttribute("canManage", permissions.mayManage(actor));
        return "renewal/project";
    }

    /**
     * The proposal page links here without knowing how its plan is carried out: to its project, else to the work
     * order that does the small fix; a proposal with neither has nothing to show.
     */
    @GetMapping("/for-proposal/{proposalId}")
    String forProposal(@PathVariable long proposalId) {
        Actor actor = Permissions.actor();
        return projects.forProposal(actor, proposalId).map(id -> "redirect:/projects/" + id)
                .or(() -> workOrders.forProposal(actor.communityId(), proposalId).map(id -> "redirect:/cases/" + id))
                .orElseThrow(() -> new NotFound("follow-up of proposal " + proposalId));
    }

    @PostMapping("/{id}/start")
    String begin(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.START",
                () -> projects.take(Permissions.actor(), id, ProjectAction.START));
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.COMPLETE",
                () -> projects.take(Permissions.actor(), id, ProjectAction.COMPLETE));
    }

    @PostMapping("/{id}/progress")
    String progress(@PathVariable long id, @ModelAttribute ProgressInput input,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.PROGRESS",
                () -> projects.reportProgress(Permissions.actor(), id, input, PhotoUploads.photo(photo, "photo")));
    }

    @PostMapping("/{id}/spending")
    String spending(@PathVariable long id, @ModelAttribute SpendingInput input, RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.SPENDING",
                () -> projects.recordSpending(Permissions.actor(), id, input));
    }

    @GetMapping("/{id}/progress/{progressId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long progressId) {
        Projects.Photo photo = projects.photo(Permissions.actor(), id, progressId)
                .orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(photo.bytes());
    }

    /** Post/Redirect/Get: success is a flash message, a refusal or bad input is shown on the project page. */
    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (Refused e) {
            redirect.addFlashAttribute("refusal", refusals.text(e));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/projects/" + id;
    }
}
