package org.gongzhi.deliberation.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalFilter;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.deliberation.proposal.Participation;
import org.gongzhi.deliberation.proposal.ProposalComment;
import org.gongzhi.deliberation.proposal.ProposalDetails;
import org.gongzhi.deliberation.proposal.ProposalPhoto;
import org.gongzhi.deliberation.proposal.ProposalPhotoHandling;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.deliberation.proposal.SimilarProposal;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/** Proposals for programs: raise, list, support, follow, discuss, triage and move them; a refused step is a 409. */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalApiController {

    private final ProposalHandling proposals;
    private final Participation participation;
    private final ProposalQueries queries;
    private final ProposalPermissions permissions;
    private final ProposalPhotoHandling photos;
    private final FormProblems formProblems;

    ProposalApiController(ProposalHandling proposals, Participation participation, ProposalQueries queries,
            ProposalPermissions permissions, ProposalPhotoHandling photos, FormProblems formProblems) {
        this.formProblems = formProblems;
        this.photos = photos;
        this.proposals = proposals;
        this.participation = participation;
        this.queries = queries;
        this.permissions = permissions;
    }

    @GetMapping
    PageResult<ProposalSummary> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String category, @RequestParam(required = false) String place,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean awaitingCommittee,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = reader();
        return queries.list(actor.communityId(), new ProposalFilter(
                Choices.optional(ProposalState.class, state, "state"),
                Choices.optional(ProposalCategory.class, category, "category"), ProposalPlace.parse(place),
                awaitingCommittee, Choices.optional(ProposalFilter.Sort.class, sort, "sort"), PageResult.clampPage(page),
                PageResult.clampSize(size)));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ProposalDetails> raise(@Valid @RequestBody ProposalRequest request, BindingResult fields) {
        Actor actor = Permissions.actor();
        formProblems.require(fields, () -> {
            request.content();
            request.where();
        });
        long id = proposals.raise(actor, request.content(), request.where(), !request.keepAsDraft());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id)).body(details(actor, id));
    }

    /** Proposals like one about to be raised, each with the reason it is alike. */
    @GetMapping("/similar")
    List<SimilarProposal> similar(@RequestParam(required = false) String title,
            @RequestParam(required = false) String category, @RequestParam(required = false) String place) {
        Actor actor = reader();
        return queries.similar(actor.communityId(), title,
                Choices.optional(ProposalCategory.class, category, "category"), ProposalPlace.parse(place), null);
    }

    @GetMapping("/{id}")
    ProposalDetails get(@PathVariable long id) {
        return details(Permissions.actor(), id);
    }

    @PostMapping("/{id}/submit")
    ProposalDetails submit(@PathVariable long id) {
        proposals.submit(Permissions.actor(), id);
        return get(id);
    }

    @PostMapping("/{id}/support")
    Supports support(@PathVariable long id) {
        participation.support(Permissions.actor(), id);
        return supports(id);
    }

    @DeleteMapping("/{id}/support")
    Supports withdrawSupport(@PathVariable long id) {
        participation.withdrawSupport(Permissions.actor(), id);
        return supports(id);
    }

    @PostMapping("/{id}/follow")
    Followers follow(@PathVariable long id) {
        participation.follow(Permissions.actor(), id);
        return followers(id);
    }

    @DeleteMapping("/{id}/follow")
    Followers unfollow(@PathVariable long id) {
        participation.unfollow(Permissions.actor(), id);
        return followers(id);
    }

    @GetMapping("/{id}/comments")
    PageResult<ProposalComment> comments(@PathVariable long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = Permissions.actor();
        proposals.visible(actor, id);
        return queries.comments(actor, id, PageResult.clampPage(page), PageResult.clampSize(size));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/comments")
    ResponseEntity<CommentCreated> comment(@PathVariable long id, @Valid @RequestBody CommentRequest request,
            BindingResult fields) {
        formProblems.require(fields, request::toInput);
        long commentId = participation.comment(Permissions.actor(), id, request.toInput());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + id + "/comments"))
                .body(new CommentCreated(commentId));
    }

    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{id}/comments/{commentId}/hide")
    ResponseEntity<Void> hide(@PathVariable long id, @PathVariable long commentId,
            @RequestBody(required = false) Hiding hiding) {
        participation.hideComment(Permissions.actor(), id, commentId, hiding == null ? null : hiding.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/triage")
    ProposalDetails triage(@PathVariable long id, @Valid @RequestBody TriageRequest request) {
        proposals.triage(Permissions.actor(), id, request.toTriage());
        return get(id);
    }

    /** The steps after the agenda (deliberated … done), for the residents' committee until later parts add pages. */
    @PostMapping("/{id}/transitions")
    ProposalDetails transition(@PathVariable long id, @Valid @RequestBody TransitionRequest request) {
        proposals.transition(Permissions.actor(), id,
                Choices.required(ProposalAction.class, request.action(), "action"), request.reason(),
                request.noticeDays());
        return get(id);
    }

    /** The author adds one photo (multipart field {@code photo}) to their draft or submitted proposal. */
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProposalPhoto> addPhoto(@PathVariable long id,
            @RequestParam(name = "photo", required = false) MultipartFile file) {
        PhotoUpload upload = PhotoUploads.photo(file, "photo");
        if (upload == null) {
            throw InvalidInput.of("photo", "validation.required");
        }
        long photoId = photos.add(Permissions.actor(), id, List.of(upload)).getFirst();
        ProposalPhoto photo = ProposalPhoto.of(id, photoId);
        return ResponseEntity.created(URI.create(photo.url())).body(photo);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return ProposalController.image(photos.image(Permissions.actor(), id, photoId));
    }

    /** The author takes a photo off their draft. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}/photos/{photoId}")
    ResponseEntity<Void> removePhoto(@PathVariable long id, @PathVariable long photoId) {
        photos.remove(Permissions.actor(), id, photoId);
        return ResponseEntity.noContent().build();
    }

    private Actor reader() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayRead(actor));
        return actor;
    }

    private ProposalDetails details(Actor actor, long id) {
        return queries.details(actor, proposals.visible(actor, id));
    }

    private Supports supports(long id) {
        ProposalSummary summary = queries.summary(Permissions.community(), id);
        return new Supports(summary.supports(), summary.state());
    }

    private Followers followers(long id) {
        return new Followers(queries.summary(Permissions.community(), id).followers());
    }

    record Supports(long supports, ProposalState state) {
    }

    record Followers(long followers) {
    }

    record CommentCreated(long id) {
    }

    record Hiding(String reason) {
    }
}
