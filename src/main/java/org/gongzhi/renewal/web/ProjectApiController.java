package org.gongzhi.renewal.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.renewal.AcceptanceInput;
import org.gongzhi.renewal.BoardTotals;
import org.gongzhi.renewal.ProjectAcceptance;
import org.gongzhi.renewal.FundingLineInput;
import org.gongzhi.renewal.OverrideInput;
import org.gongzhi.renewal.ProgressInput;
import org.gongzhi.renewal.ProjectFunding;
import org.gongzhi.renewal.ProjectFilter;
import org.gongzhi.renewal.ProjectKind;
import org.gongzhi.renewal.ProjectAction;
import org.gongzhi.renewal.ProjectDetails;
import org.gongzhi.renewal.ProjectEdit;
import org.gongzhi.renewal.ProjectEvent;
import org.gongzhi.renewal.ProjectInput;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.QuantityInput;
import org.gongzhi.renewal.TargetInput;
import org.gongzhi.renewal.ProjectSummary;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.SpendingEntry;
import org.gongzhi.renewal.SpendingInput;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;

/**
 * Micro-renewal projects for programs: list, read, set up, correct the plan, read the history, start, report
 * progress (JSON, or multipart with a photo), record spending, complete. Amounts are fen in answers and yuan text in requests, as on the pages.
 */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectApiController {

    private final ProjectHandling projects;
    private final ProjectInputChecks checks;
    private final PublicBoard board;
    private final ProjectAcceptance acceptance;
    private final ProjectFunding funding;

    ProjectApiController(ProjectHandling projects, ProjectInputChecks checks, PublicBoard board,
            ProjectAcceptance acceptance, ProjectFunding funding) {
        this.funding = funding;
        this.board = board;
        this.acceptance = acceptance;
        this.checks = checks;
        this.projects = projects;
    }

    /**
     * The public board: anyone may read it. Signed in, one's own community; otherwise the community named by its code,
     * or the first. Filtered by state, kind and a part of the place's name.
     */
    @GetMapping
    PageResult<ProjectSummary> list(@RequestParam(required = false) ProjectState state,
            @RequestParam(required = false) ProjectKind kind, @RequestParam(required = false) String place,
            @RequestParam(required = false) String community, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return projects.board(board.community(community), new ProjectFilter(state, kind, place),
                PageResult.clampPage(page), PageResult.clampSize(size));
    }

    /** The community's projects added up: by state, budgets, spending and crowdfunding. Public. */
    @GetMapping("/totals")
    BoardTotals totals(@RequestParam(required = false) String community) {
        return projects.totals(board.community(community));
    }

    /** A project, public: without a sign-in, the names of the staff who recorded its progress and spending are left out. */
    @GetMapping("/{id}")
    ProjectDetails get(@PathVariable long id, @RequestParam(required = false) String community,
            @RequestParam(required = false) Integer spendingPage) {
        int page = PageResult.clampPage(spendingPage);
        return board.reader().filter(a -> community == null).map(a -> projects.details(a, id, page))
                .orElseGet(() -> projects.publicDetails(board.community(community), id, page));
    }

    /** A project's payments that count, a page at a time, oldest first; public like the project. */
    @GetMapping("/{id}/spending")
    PageResult<SpendingEntry> spending(@PathVariable long id, @RequestParam(required = false) String community,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return projects.spending(board.reader().filter(a -> community == null), board.community(community), id,
                PageResult.clampPage(page), PageResult.clampSize(size));
    }

    private ProjectDetails get(long id) {
        return projects.details(Permissions.actor(), id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ProjectDetails> create(@Valid @RequestBody ProjectInput input, BindingResult fields) {
        checks.require(fields, ProjectInput.class, today -> input.toPlan());
        long id = projects.create(Permissions.actor(), input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(get(id));
    }

    /** Corrects the plan: the whole plan again, a reason and the version read; answers the project as it is now. */
    @PutMapping("/{id}")
    ProjectDetails revise(@PathVariable long id, @Valid @RequestBody ProjectEdit edit, BindingResult fields) {
        checks.require(fields, ProjectEdit.class, today -> edit.toPlan());
        projects.revise(Permissions.actor(), id, edit);
        return get(id);
    }

    /** What happened to the project, newest first. */
    @GetMapping("/{id}/history")
    PageResult<ProjectEvent> history(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return projects.history(Permissions.actor(), id, PageResult.clampPage(page), PageResult.clampSize(size));
    }

    @PostMapping("/{id}/start")
    ProjectDetails start(@PathVariable long id) {
        projects.take(Permissions.actor(), id, ProjectAction.START);
        return get(id);
    }

    /** Completes the work and asks the households of the area (the whole community without a body) to accept it. */
    @PostMapping("/{id}/complete")
    ProjectDetails complete(@PathVariable long id, @Valid @RequestBody(required = false) AcceptanceInput input,
            BindingResult fields) {
        AcceptanceInput asked = input == null ? new AcceptanceInput(null, null, null) : input;
        checks.require(fields, AcceptanceInput.class, today -> asked.parse(today, 1));
        acceptance.complete(Permissions.actor(), id, asked);
        return get(id);
    }

    @PostMapping(value = "/{id}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProjectDetails progress(@PathVariable long id, @Valid @RequestBody ProgressInput input,
            BindingResult fields) {
        checks.require(fields, ProgressInput.class, input::parse);
        projects.reportProgress(Permissions.actor(), id, input, null);
        return get(id);
    }

    @PostMapping(value = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProjectDetails progressWithPhoto(@PathVariable long id, @Valid @ModelAttribute ProgressInput input,
            BindingResult fields, @RequestParam(required = false) MultipartFile photo) {
        checks.require(fields, ProgressInput.class, input::parse);
        projects.reportProgress(Permissions.actor(), id, input, PhotoUploads.photo(photo, "photo"));
        return get(id);
    }

    /** Gives the project a measurable target or a milestone; answers the project with its derived percentage. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/targets")
    ProjectDetails target(@PathVariable long id, @Valid @RequestBody TargetInput input, BindingResult fields) {
        checks.require(fields, TargetInput.class, today -> { });
        projects.addTarget(Permissions.actor(), id, input);
        return get(id);
    }

    /** Records a quantity done on one of its targets; the percentage is derived, never sent. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/{id}/quantities", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProjectDetails quantity(@PathVariable long id, @Valid @RequestBody QuantityInput input, BindingResult fields) {
        checks.require(fields, QuantityInput.class, input::day);
        projects.recordQuantity(Permissions.actor(), id, input, null);
        return get(id);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(value = "/{id}/quantities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProjectDetails quantityWithPhoto(@PathVariable long id, @Valid @ModelAttribute QuantityInput input,
            BindingResult fields, @RequestParam(required = false) MultipartFile photo) {
        checks.require(fields, QuantityInput.class, input::day);
        projects.recordQuantity(Permissions.actor(), id, input, PhotoUploads.photo(photo, "photo"));
        return get(id);
    }

    /** Adds a funding line; a maintenance-fund line names the owners' vote and the amount its decision approved. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/funding-lines")
    ProjectDetails fundingLine(@PathVariable long id, @Valid @RequestBody FundingLineInput input,
            BindingResult fields) {
        checks.require(fields, FundingLineInput.class, today -> input.parse());
        funding.addLine(Permissions.actor(), id, input);
        return get(id);
    }

    /** Books a payment against a line; over what the line has left it is a 400, or held when {@code overLine}. */
    @PostMapping(value = "/{id}/spending", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProjectDetails spending(@PathVariable long id, @Valid @RequestBody SpendingInput input,
            BindingResult fields) {
        checks.require(fields, SpendingInput.class, input::parse);
        funding.recordSpending(Permissions.actor(), id, input, null);
        return get(id);
    }

    @PostMapping(value = "/{id}/spending", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProjectDetails spendingWithReceipt(@PathVariable long id, @Valid @ModelAttribute SpendingInput input,
            BindingResult fields, @RequestParam(required = false) MultipartFile receipt) {
        checks.require(fields, SpendingInput.class, input::parse);
        funding.recordSpending(Permissions.actor(), id, input, PhotoUploads.photo(receipt, "receipt"));
        return get(id);
    }

    /** A second staff member, not the one who booked it, lets a held payment count, with the reason. */
    @PostMapping("/{id}/spending/{entryId}/override")
    ProjectDetails override(@PathVariable long id, @PathVariable long entryId, @Valid @RequestBody OverrideInput input,
            BindingResult fields) {
        checks.require(fields, OverrideInput.class, today -> input.checked());
        funding.override(Permissions.actor(), id, entryId, input);
        return get(id);
    }
}
