package org.gongzhi.deliberation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gongzhi.community.Landmark;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalFilter;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPermissions;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.notice.NoticeHandling;
import org.gongzhi.deliberation.proposal.Participation;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalContent;
import org.gongzhi.deliberation.proposal.ProposalDetails;
import org.gongzhi.deliberation.proposal.ProposalPhotoHandling;
import org.gongzhi.deliberation.proposal.ProposalPlaces;
import org.gongzhi.deliberation.proposal.SimilarProposal;
import org.gongzhi.deliberation.proposal.Stance;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.files.PhotoUploads;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.ListExport;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.shared.web.PostRedirectGet;
import org.gongzhi.voting.VotingPermissions;

/**
 * The deliberation platform's pages: the list, one proposal with its discussion and timeline, raising a proposal
 * in two steps (what and where, then similar proposals to support instead), and a resident's own proposals.
 */
@Controller
class ProposalController {

    private static final int PAGE_SIZE = 20;

    private final ProposalHandling proposals;
    private final Participation participation;
    private final ProposalQueries queries;
    private final ProposalPermissions permissions;
    private final ProposalPlaces places;
    private final PostRedirectGet prg;
    private final MeetingHandling meetings;
    private final NoticeHandling notices;
    private final VotingPermissions votingPermissions;
    private final ProposalPhotoHandling photos;
    private final FormProblems formProblems;
    private final ListExport exports;

    ProposalController(ProposalHandling proposals, Participation participation, ProposalQueries queries,
            ProposalPermissions permissions, ProposalPlaces places, PostRedirectGet prg,
            MeetingHandling meetings, NoticeHandling notices,
            VotingPermissions votingPermissions, ProposalPhotoHandling photos, FormProblems formProblems,
            ListExport exports) {
        this.formProblems = formProblems;
        this.exports = exports;
        this.photos = photos;
        this.votingPermissions = votingPermissions;
        this.meetings = meetings;
        this.notices = notices;
        this.proposals = proposals;
        this.participation = participation;
        this.queries = queries;
        this.permissions = permissions;
        this.places = places;
        this.prg = prg;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", ProposalCategory.values());
        model.addAttribute("states", List.of(ProposalState.values()).subList(1, ProposalState.values().length));
        model.addAttribute("landmarks", Landmark.values());
        model.addAttribute("placeKinds", ProposalPlace.Kind.values());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("sorts", ProposalFilter.Sort.values());
        model.addAttribute("maxPhotos", ProposalPhotoHandling.MAX_PHOTOS);
    }

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String category,
            @RequestParam(required = false) String place, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean awaitingCommittee, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = reader();
        ProposalFilter filter = new ProposalFilter(Choices.optional(ProposalState.class, state, "state"),
                Choices.optional(ProposalCategory.class, category, "category"),
                ProposalPlace.parse(place), awaitingCommittee,
                Choices.optional(ProposalFilter.Sort.class, sort, "sort"), PageResult.clampPage(page), PAGE_SIZE);
        var result = queries.list(actor.communityId(), filter);
        model.addAttribute("result", result);
        model.addAttribute("firstPhotos", photos.firstOf(result.items()));
        model.addAttribute("filter", filter);
        model.addAttribute("canRaise", permissions.mayParticipate(actor));
        model.addAttribute("canTriage", permissions.mayTriage(actor));
        return "deliberation/proposals";
    }

    /** The list as on screen, every page of it, as .xlsx: same filter; for the residents' committee; audited. */
    @GetMapping("/proposals/export.xlsx")
    void export(@RequestParam(required = false) String state, @RequestParam(required = false) String category,
            @RequestParam(required = false) String place, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean awaitingCommittee, Locale locale,
            HttpServletResponse response) throws IOException {
        Actor actor = reader();
        Permissions.require(permissions.mayTriage(actor));
        ProposalState inState = Choices.optional(ProposalState.class, state, "state");
        ProposalCategory inCategory = Choices.optional(ProposalCategory.class, category, "category");
        ProposalPlace at = ProposalPlace.parse(place);
        ProposalFilter.Sort order = Choices.optional(ProposalFilter.Sort.class, sort, "sort");
        IntFunction<ProposalFilter> page = n -> new ProposalFilter(inState, inCategory, at, awaitingCommittee, order,
                n, ListExport.PAGE);
        String filter = "state=" + (inState == null ? "" : inState) + "&category=" + (inCategory == null ? ""
                : inCategory) + "&place=" + (at == null ? "" : at.text()) + (awaitingCommittee
                        ? "&awaitingCommittee=true" : "");
        exports.send(response, locale, actor.communityId(), new ListExport.Export<>("proposal.list.title",
                "proposal", filter, EXPORT_COLUMNS, n -> queries.list(actor.communityId(), page.apply(n)).items()));
    }

    private static final List<ListExport.Column<ProposalSummary>> EXPORT_COLUMNS = List.of(
            ListExport.column("proposal.export.number", ProposalSummary::id),
            ListExport.column("proposal.export.title", ProposalSummary::title),
            ListExport.column("proposal.field.category", p -> ListExport.label("proposal.category." + p.category())),
            ListExport.column("proposal.field.place", p -> p.place() == null ? null
                    : ListExport.label(p.place().messageKey(), p.place().args())),
            ListExport.column("proposal.field.state", ProposalSummary::state),
            ListExport.column("proposal.field.raisedAt", ProposalSummary::raisedAt),
            ListExport.column("proposal.export.supports", ProposalSummary::supports),
            ListExport.column("proposal.export.comments", ProposalSummary::comments),
            ListExport.column("proposal.export.followers", ProposalSummary::followers),
            ListExport.column("proposal.field.mergedInto", ProposalSummary::mergedIntoId));

    @GetMapping("/proposals/new")
    String start(Model model) {
        Actor actor = participant();
        model.addAttribute("form", ProposalForm.startingAt(places.home(actor)));
        model.addAttribute("home", places.home(actor));
        return "deliberation/new";
    }

    /** The author's draft to change; anyone else is told at once on the proposal's page, a draft not theirs is 404. */
    @GetMapping("/proposals/{id}/edit")
    String edit(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Actor actor = participant();
        Proposal proposal = proposals.visible(actor, id);
        try {
            proposal.checkRevise(actor.residentId());
        } catch (Refused e) {
            redirect.addFlashAttribute("refusal", prg.text(e));
            return "redirect:/proposals/" + id;
        }
        model.addAttribute("form", ProposalForm.of(proposal));
        model.addAttribute("home", places.home(actor));
        model.addAttribute("existingPhotos", photos.of(id));
        return "deliberation/new";
    }

    /**
     * "next" shows similar proposals first (or submits when there are none), "submit" and "draft" save. Photos
     * chosen before similar proposals are shown are kept with a draft, which the second step carries on.
     */
    @PostMapping("/proposals/new")
    String raise(@Valid @ModelAttribute("form") ProposalForm form, BindingResult fields,
            @RequestParam(defaultValue = "next") String step,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        Actor actor = participant();
        model.addAttribute("home", places.home(actor));
        try {
            List<InvalidInput.Problem> problems = new ArrayList<>(formProblems.of(fields));
            ProposalContent content = checked(form::content, problems);
            ProposalPlace where = checked(() -> form.where(place -> places.resolve(actor, place)), problems);
            List<PhotoUpload> uploads = checked(() -> PhotoUploads.photos(files, "photos"), problems);
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            if ("next".equals(step)) {
                List<SimilarProposal> similar = queries.similar(actor.communityId(), content.title(),
                        content.category(), where, form.draft());
                if (!similar.isEmpty()) {
                    if (!uploads.isEmpty()) {
                        long draftId = save(actor, form, content, where, false, uploads);
                        model.addAttribute("form", form.withDraftId(draftId));
                        model.addAttribute("photosKept", true);
                    }
                    model.addAttribute("similar", similar);
                    model.addAttribute("where", where);
                    return "deliberation/new";
                }
            }
            boolean submit = !"draft".equals(step);
            long id = save(actor, form, content, where, submit, uploads);
            redirect.addFlashAttribute("flash", submit ? "proposal.done.SUBMIT" : "proposal.done.DRAFT");
            return "redirect:/proposals/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "deliberation/new";
        } catch (Refused e) {
            model.addAttribute("refusal", prg.text(e));
            return "deliberation/new";
        }
    }

    /** The author adds photos to their draft or submitted proposal from its page. */
    @PostMapping("/proposals/{id}/photos")
    String addPhotos(@PathVariable long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        return attempt(id, redirect, "proposal.done.PHOTO_ADDED", () -> {
            List<PhotoUpload> uploads = PhotoUploads.photos(files, "photos");
            if (uploads.isEmpty()) {
                throw InvalidInput.of("photos", "validation.required");
            }
            photos.add(Permissions.actor(), id, uploads);
        });
    }

    @PostMapping("/proposals/{id}/photos/{photoId}/remove")
    String removePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect) {
        return attempt(id, redirect, "proposal.done.PHOTO_REMOVED",
                () -> photos.remove(Permissions.actor(), id, photoId));
    }

    /** The image, for whoever may see the proposal; a draft's photos exist only for its author. */
    @GetMapping("/proposals/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        return image(photos.image(Permissions.actor(), id, photoId));
    }

    static ResponseEntity<byte[]> image(ProposalPhotoHandling.Image image) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff").body(image.bytes());
    }

    @GetMapping("/proposals/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = reader();
        Proposal proposal = proposals.visible(actor, id);
        ProposalDetails details = queries.details(actor, proposal);
        model.addAttribute("details", details);
        model.addAttribute("canStartVote", votingPermissions.mayCreateVotes(actor)
                && proposal.state() == ProposalState.DECIDING && details.decidingVote() == null);
        model.addAttribute("comments", queries.comments(actor, id, PageResult.clampPage(page), PAGE_SIZE));
        boolean resident = permissions.mayParticipate(actor);
        model.addAttribute("canSupport", resident && proposal.state().acceptsSupport()
                && !proposal.isAuthor(actor.residentId()));
        model.addAttribute("canComment", permissions.mayComment(actor) && proposal.state().acceptsComments());
        model.addAttribute("canFollow", resident && proposal.state().isPublic());
        model.addAttribute("canSubmit", proposal.state() == ProposalState.DRAFT);
        boolean author = resident && proposal.isAuthor(actor.residentId());
        model.addAttribute("canAddPhotos", author && details.photos().size() < ProposalPhotoHandling.MAX_PHOTOS
                && (proposal.state() == ProposalState.DRAFT || proposal.state() == ProposalState.SUBMITTED));
        model.addAttribute("canRemovePhotos", author && proposal.state() == ProposalState.DRAFT);
        model.addAttribute("canTriage", permissions.mayTriage(actor) && proposal.state() == ProposalState.SUBMITTED);
        model.addAttribute("canPutOnNotice", permissions.mayTriage(actor)
                && proposal.state() == ProposalState.DELIBERATED);
        model.addAttribute("canHideAny", permissions.mayTriage(actor));
        model.addAttribute("meetingRecords", meetings.forProposal(actor.communityId(), id));
        notices.notice(actor, id).ifPresent(notice -> {
            boolean open = notices.isOpen(notice);
            model.addAttribute("notice", notice);
            model.addAttribute("noticeOpen", open);
            model.addAttribute("canObject", resident && open);
            model.addAttribute("canAnswer", permissions.mayTriage(actor));
        });
        return "deliberation/proposal";
    }

    @PostMapping("/proposals/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "proposal.done.SUBMIT", () -> proposals.submit(Permissions.actor(), id));
    }

    @PostMapping("/proposals/{id}/support")
    String support(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
            RedirectAttributes redirect) {
        return attempt(id, redirect, on ? "proposal.done.SUPPORT" : "proposal.done.WITHDRAW", () -> {
            if (on) {
                participation.support(Permissions.actor(), id);
            } else {
                participation.withdrawSupport(Permissions.actor(), id);
            }
        });
    }

    @PostMapping("/proposals/{id}/follow")
    String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
            RedirectAttributes redirect) {
        return attempt(id, redirect, on ? "proposal.done.FOLLOW" : "proposal.done.UNFOLLOW", () -> {
            if (on) {
                participation.follow(Permissions.actor(), id);
            } else {
                participation.unfollow(Permissions.actor(), id);
            }
        });
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(@PathVariable long id, @Valid @ModelAttribute CommentRequest request, BindingResult fields,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "proposal.done.COMMENT", () -> {
            formProblems.require(fields, request::toInput);
            participation.comment(Permissions.actor(), id, request.toInput());
        });
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/hide")
    String hide(@PathVariable long id, @PathVariable long commentId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "proposal.done.HIDE",
                () -> participation.hideComment(Permissions.actor(), id, commentId, reason));
    }

    @PostMapping("/proposals/{id}/triage")
    String triage(@PathVariable long id, @ModelAttribute TriageRequest request, RedirectAttributes redirect) {
        String done = "proposal.done." + (request.action() == null ? "" : request.action());
        return attempt(id, redirect, done, () -> proposals.triage(Permissions.actor(), id, request.toTriage()));
    }

    @GetMapping("/my/proposals")
    String mine(Model model) {
        Actor actor = participant();
        model.addAttribute("mine", queries.mine(actor.communityId(), actor.residentId()));
        return "deliberation/mine";
    }

    /**
     * The value read, or null with its problems added, so that the form names every problem at once; a field the
     * form's own checks named already is not named again.
     */
    private static <T> T checked(Supplier<T> read, List<InvalidInput.Problem> problems) {
        try {
            return read.get();
        } catch (InvalidInput e) {
            e.problems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
            return null;
        }
    }

    private long save(Actor actor, ProposalForm form, ProposalContent content, ProposalPlace where, boolean submit,
            List<PhotoUpload> uploads) {
        Long draft = form.draft();
        if (draft == null) {
            return photos.raise(actor, content, where, submit, uploads);
        }
        photos.revise(actor, draft, content, where, submit, uploads);
        return draft;
    }

    /** A step after the agenda from the page: putting a deliberated plan on notice, handing it to the decision. */
    @PostMapping("/proposals/{id}/transitions")
    String transition(@PathVariable long id, @ModelAttribute TransitionRequest request, RedirectAttributes redirect) {
        String done = "proposal.done." + (request.action() == null ? "" : request.action());
        return attempt(id, redirect, done, () -> proposals.transition(Permissions.actor(), id,
                Choices.required(ProposalAction.class, request.action(), "action"), request.reason(),
                request.noticeDays()));
    }

    @PostMapping("/proposals/{id}/objections")
    String object(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return attempt(id, redirect, "notice.done.OBJECT", () -> notices.object(Permissions.actor(), id, text));
    }

    @PostMapping("/proposals/{id}/objections/{objectionId}/answer")
    String answerObjection(@PathVariable long id, @PathVariable long objectionId,
            @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        return attempt(id, redirect, "notice.done.ANSWER",
                () -> notices.answer(Permissions.actor(), id, objectionId, answer));
    }

    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        return prg.attempt("/proposals/" + id, redirect, done, step);
    }

    private Actor reader() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayRead(actor));
        return actor;
    }

    private Actor participant() {
        Actor actor = Permissions.actor();
        Permissions.require(permissions.mayParticipate(actor));
        return actor;
    }
}
