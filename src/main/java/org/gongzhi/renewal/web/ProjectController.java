package org.gongzhi.renewal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.util.UriComponentsBuilder;

import org.gongzhi.cases.WorkOrders;
import org.gongzhi.renewal.Acceptance;
import org.gongzhi.renewal.AcceptanceArea;
import org.gongzhi.renewal.AcceptanceInput;
import org.gongzhi.renewal.AcceptanceVerdict;
import org.gongzhi.renewal.AnswerInput;
import org.gongzhi.renewal.Campaign;
import org.gongzhi.renewal.CampaignView;
import org.gongzhi.renewal.Crowdfunding;
import org.gongzhi.renewal.FundingLineInput;
import org.gongzhi.renewal.FundingSource;
import org.gongzhi.renewal.OverrideInput;
import org.gongzhi.renewal.ProgressInput;
import org.gongzhi.renewal.ProjectFunding;
import org.gongzhi.renewal.ProjectAction;
import org.gongzhi.renewal.ProjectDetails;
import org.gongzhi.renewal.ProjectEdit;
import org.gongzhi.renewal.ProjectFilter;
import org.gongzhi.renewal.ProjectKind;
import org.gongzhi.renewal.ProjectSummary;
import org.gongzhi.renewal.ProjectInput;
import org.gongzhi.renewal.ProjectAcceptance;
import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.QuantityInput;
import org.gongzhi.renewal.TargetInput;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.SpendingInput;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.ListExport;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;

/**
 * The micro-renewal pages, readable by anyone (the public board): every project with its progress bar and spending,
 * and the totals across them; one project with its plan, progress
 * timeline, ledger and history; staff forms to set up, correct the plan of, start, report on, pay for and complete
 * a project.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

    private static final int PAGE_SIZE = 20;
    private static final int HISTORY_PAGE_SIZE = 10;
    private static final int LEDGER_PAGE_SIZE = 20;
    private static final int COMMENTS_SHOWN = 20;

    private final ProjectHandling projects;
    private final ProjectPermissions permissions;
    private final PostRedirectGet prg;
    private final WorkOrders workOrders;
    private final ProjectInputChecks checks;
    private final Crowdfunding crowdfunding;
    private final PublicBoard board;
    private final ProjectAcceptance acceptance;
    private final FormProblems formProblems;
    private final ListExport exports;
    private final ProjectFunding funding;

    private final org.gongzhi.renewal.ProjectAdvisers advisers;

    ProjectController(ProjectHandling projects, ProjectPermissions permissions, PostRedirectGet prg,
            WorkOrders workOrders, ProjectInputChecks checks, Crowdfunding crowdfunding, PublicBoard board,
            ProjectAcceptance acceptance, FormProblems formProblems, ProjectFunding funding,
            org.springframework.beans.factory.ObjectProvider<org.gongzhi.renewal.ProjectAdvisers> advisers,
            ListExport exports) {
        this.exports = exports;
        this.funding = funding;
        this.advisers = advisers.getIfAvailable(() -> (community, reader, project) -> List.of());
        this.board = board;
        this.acceptance = acceptance;
        this.formProblems = formProblems;
        this.crowdfunding = crowdfunding;
        this.checks = checks;
        this.workOrders = workOrders;
        this.projects = projects;
        this.permissions = permissions;
        this.prg = prg;
    }

    /** The public board: anyone may read it, signed in or not; staff also see the button to set a project up. */
    @GetMapping
    String list(@RequestParam(required = false) ProjectState state, @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false) String place, @RequestParam(required = false) Integer page,
            CsrfToken csrf, Model model) {
        PublicBoard.readyForms(csrf);
        long community = board.community(null);
        ProjectFilter filter = new ProjectFilter(state, kind, place);
        model.addAttribute("result", projects.board(community, filter, PageResult.clampPage(page), PAGE_SIZE));
        model.addAttribute("totals", projects.totals(community));
        model.addAttribute("filter", filter);
        model.addAttribute("filterQuery", query(filter));
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("kinds", ProjectKind.values());
        model.addAttribute("canManage", board.reader().map(permissions::mayManage).orElse(false));
        return "renewal/projects";
    }

    /** The board as filtered, every page of it, as .xlsx: for those who manage projects; audited. */
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) ProjectState state, @RequestParam(required = false) ProjectKind kind,
            @RequestParam(required = false) String place, Locale locale, HttpServletResponse response)
            throws IOException {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayManage(actor));
        ProjectFilter filter = new ProjectFilter(state, kind, place);
        long community = actor.communityId();
        exports.send(response, locale, community, new ListExport.Export<>("project.list.title", "renewal_project",
                query(filter), EXPORT_COLUMNS,
                n -> projects.board(community, filter, n, ListExport.PAGE).items()));
    }

    private static final List<ListExport.Column<ProjectSummary>> EXPORT_COLUMNS = List.of(
            ListExport.column("project.export.number", ProjectSummary::id),
            ListExport.column("project.field.title", ProjectSummary::title),
            ListExport.column("project.field.place", ProjectSummary::place),
            ListExport.column("project.field.kind", ProjectSummary::kind),
            ListExport.column("project.export.state", ProjectSummary::state),
            ListExport.column("project.field.percent", ProjectSummary::percentDone),
            ListExport.column("project.field.budget", p -> java.math.BigDecimal.valueOf(p.budgetFen(), 2)),
            ListExport.column("project.export.spent", p -> java.math.BigDecimal.valueOf(p.spentFen(), 2)),
            ListExport.column("project.export.proposal", ProjectSummary::proposalId),
            ListExport.column("project.export.updatedAt", ProjectSummary::updatedAt));

    /** The list's address with its filter, for the pager. */
    private static String query(ProjectFilter filter) {
        return UriComponentsBuilder.fromPath("/projects").queryParamIfPresent("state", Optional.ofNullable(filter.state()))
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("place", Optional.ofNullable(filter.placeText())).encode().build().toUriString();
    }

    @GetMapping("/new")
    String start(Model model) {
        Permissions.require(permissions.mayManage(Permissions.actor()));
        model.addAttribute("form", new ProjectInput(null, null, null, null, null, null, null, null, null));
        model.addAttribute("kinds", ProjectKind.values());
        return "renewal/new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ProjectInput form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        try {
            checks.require(fields, ProjectInput.class, today -> form.toPlan());
            long id = projects.create(Permissions.actor(), form);
            redirect.addFlashAttribute("flash", "project.done.CREATE");
            return "redirect:/projects/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("kinds", ProjectKind.values());
            return "renewal/new";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer spending, CsrfToken csrf, Model model) {
        PublicBoard.readyForms(csrf);
        return page(id, PageResult.clampPage(page), PageResult.clampPage(spending), model);
    }

    /**
     * Corrects the plan. Bad input or a refusal shows the page again with the person's input and the message; when
     * someone else changed the project meanwhile, the form keeps the input but is set to the current version, so
     * that sending it again (after a look at the facts above) saves it.
     */
    @PostMapping("/{id}/plan")
    String revise(@PathVariable long id, @Valid @ModelAttribute("planForm") ProjectEdit form, BindingResult fields,
            Model model, RedirectAttributes redirect) {
        Actor actor = Permissions.actor();
        try {
            checks.require(fields, ProjectEdit.class, today -> form.toPlan());
            projects.revise(actor, id, form);
            redirect.addFlashAttribute("flash", "project.done.REVISE");
            return "redirect:/projects/" + id + "#history";
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            if ("project.refused.stale".equals(e.code())) {
                model.addAttribute("planForm", form.at(projects.visible(actor, id).version()));
            }
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("editOpen", true);
        return page(id, 0, model);
    }

    /**
     * The project page. Anyone may read it; a visitor who is not signed in sees the same facts without the names of
     * the staff who recorded them and without the history (an audit of who changed what, for the community).
     */
    private String page(long id, int historyPage, Model model) {
        return page(id, historyPage, 0, model);
    }

    private String page(long id, int historyPage, int spendingPage, Model model) {
        Optional<Actor> reader = board.reader();
        long community = board.community(null);
        ProjectDetails details = reader.map(a -> projects.details(a, id, spendingPage))
                .orElseGet(() -> projects.publicDetails(community, id, spendingPage));
        model.addAttribute("project", details);
        boolean canManage = reader.map(permissions::mayManage).orElse(false);
        model.addAttribute("canManage", canManage);
        model.addAttribute("advisers", advisers.of(community, reader, details.id()));
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("fundVotes", canManage ? funding.fundVotes(reader.get()) : List.of());
        model.addAttribute("history", reader.map(a -> projects.history(a, id, historyPage, HISTORY_PAGE_SIZE))
                .orElse(null));
        Optional<Campaign> campaign = crowdfunding.publicOf(community, id);
        model.addAttribute("campaign", campaign.map(CampaignView::of).orElse(null));
        model.addAttribute("canRunCampaign", reader.map(crowdfunding::mayRun).orElse(false));
        if (campaign.isPresent()) {
            // the first entries; the campaign's page pages through the rest
            model.addAttribute("ledger", crowdfunding.publicLedger(community, id, 0, LEDGER_PAGE_SIZE));
        }
        Acceptance round = acceptance.latest(community, id).orElse(null);
        model.addAttribute("acceptance", round);
        model.addAttribute("areas", AcceptanceArea.values());
        if (round != null) {
            Optional<AcceptanceVerdict> mine = reader.flatMap(a -> acceptance.answered(a, id));
            LocalDate today = acceptance.today();
            model.addAttribute("myVerdict", mine.orElse(null));
            model.addAttribute("canAnswer", round.takesAnswers(today) && mine.isEmpty()
                    && reader.map(a -> a.residentId() != null).orElse(false));
            model.addAttribute("acceptanceDue", round.due(today));
            model.addAttribute("verdicts", AcceptanceVerdict.values());
            model.addAttribute("comments", acceptance.comments(community, id, 0, COMMENTS_SHOWN));
        }
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", ProjectEdit.of(details));
        }
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

    /** Completes the work and asks the households of the area given to accept it. */
    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, @Valid @ModelAttribute AcceptanceInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.COMPLETE", () -> {
            checks.require(fields, AcceptanceInput.class, today -> input.parse(today, 1));
            acceptance.complete(Permissions.actor(), id, input);
        });
    }

    /** A resident answers for their household whether the finished work is accepted. */
    @PostMapping("/{id}/acceptance")
    String accept(@PathVariable long id, @Valid @ModelAttribute AnswerInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#acceptance", redirect, "acceptance.done.ANSWER", () -> {
            CampaignChecks.require(formProblems, fields, AnswerInput.class, () -> { });
            acceptance.answer(Permissions.actor(), id, input);
        });
    }

    @PostMapping("/{id}/acceptance/close")
    String closeAcceptance(@PathVariable long id, RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#acceptance", redirect,
                () -> "acceptance.done." + acceptance.close(Permissions.actor(), id));
    }

    @PostMapping("/{id}/progress")
    String progress(@PathVariable long id, @Valid @ModelAttribute ProgressInput input, BindingResult fields,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return attempt(id, redirect, "project.done.PROGRESS", () -> {
            checks.require(fields, ProgressInput.class, input::parse);
            projects.reportProgress(Permissions.actor(), id, input, PhotoUploads.photo(photo, "photo"));
        });
    }

    @PostMapping("/{id}/targets")
    String target(@PathVariable long id, @Valid @ModelAttribute TargetInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#targets", redirect, "target.done.ADD", () -> {
            checks.require(fields, TargetInput.class, today -> { });
            projects.addTarget(Permissions.actor(), id, input);
        });
    }

    @PostMapping("/{id}/quantities")
    String quantity(@PathVariable long id, @Valid @ModelAttribute QuantityInput input, BindingResult fields,
            @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#targets", redirect, "target.done.QUANTITY", () -> {
            checks.require(fields, QuantityInput.class, input::day);
            projects.recordQuantity(Permissions.actor(), id, input, PhotoUploads.photo(photo, "photo"));
        });
    }

    /** Adds a funding line: its source, amount and, for the maintenance fund, the owners' vote that approved it. */
    @PostMapping("/{id}/funding-lines")
    String fundingLine(@PathVariable long id, @Valid @ModelAttribute FundingLineInput input, BindingResult fields,
            RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#funding", redirect, "fundingLine.done.ADD", () -> {
            checks.require(fields, FundingLineInput.class, today -> input.parse());
            funding.addLine(Permissions.actor(), id, input);
        });
    }

    /** Books a payment against a line, with its receipt photo; over the line it is refused, or held when asked. */
    @PostMapping("/{id}/spending")
    String spending(@PathVariable long id, @Valid @ModelAttribute SpendingInput input, BindingResult fields,
            @RequestParam(required = false) MultipartFile receipt, RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#ledger", redirect, () -> {
            checks.require(fields, SpendingInput.class, input::parse);
            return funding.recordSpending(Permissions.actor(), id, input, PhotoUploads.photo(receipt, "receipt"))
                    .held() ? "project.done.HELD" : "project.done.SPENDING";
        });
    }

    /** A second staff member lets a held payment count, with their reason. */
    @PostMapping("/{id}/spending/{entryId}/override")
    String override(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute OverrideInput input,
            BindingResult fields, RedirectAttributes redirect) {
        return prg.attempt("/projects/" + id + "#ledger", redirect, "project.done.OVERRIDE", () -> {
            checks.require(fields, OverrideInput.class, today -> input.checked());
            funding.override(Permissions.actor(), id, entryId, input);
        });
    }

    /** A payment's receipt photo: for those signed in to the community. */
    @GetMapping("/{id}/spending/{entryId}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable long id, @PathVariable long entryId) {
        ProjectHandling.Photo photo = funding.receipt(Permissions.actor(), id, entryId)
                .orElseThrow(() -> new NotFound("receipt"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    @GetMapping("/{id}/progress/{progressId}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long progressId) {
        ProjectHandling.Photo photo = projects.photo(board.community(null), id, progressId)
                .orElseThrow(() -> new NotFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }

    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        return prg.attempt("/projects/" + id, redirect, done, step);
    }
}
