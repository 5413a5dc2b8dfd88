package org.gongzhi.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.files.PhotoStore;
import org.gongzhi.shared.files.PhotoUpload;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.PageResult;
import org.gongzhi.voting.VoteQueries;

/**
 * Micro-renewal projects: opened for an adopted proposal (from its consensus plan) or set up by staff, started,
 * reported on and completed. Starting and completing a proposal's project moves the proposal along in the same
 * transaction. Every change is audited.
 */
@Service
public class ProjectHandling {

    static final String SUBJECT = "project";

    private final Projects store;
    private final FundingLines lines;
    private final FundVotes fundVotes;
    private final ProjectPermissions permissions;
    private final ProposalQueries proposalQueries;
    private final ProposalHandling proposals;
    private final VoteQueries votes;
    private final PhotoStore photos;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    ProjectHandling(Projects store, FundingLines lines, FundVotes fundVotes, ProjectPermissions permissions, ProposalQueries proposalQueries,
            ProposalHandling proposals, VoteQueries votes, PhotoStore photos, MessageSource messages,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.lines = lines;
        this.fundVotes = fundVotes;
        this.permissions = permissions;
        this.proposalQueries = proposalQueries;
        this.proposals = proposals;
        this.votes = votes;
        this.photos = photos;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    public RenewalProject visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return store.get(actor.communityId(), id);
    }

    /** One of the community's projects, for a public reader; 404 for another community's. */
    public RenewalProject inCommunity(long communityId, long id) {
        return store.get(communityId, id);
    }

    /** Payments shown per page of a project's spending ledger. */
    public static final int SPENDING_PAGE_SIZE = 20;

    public ProjectDetails details(Actor actor, long id) {
        return details(actor, id, 0);
    }

    /** The project with this page of its spending ledger. */
    public ProjectDetails details(Actor actor, long id, int spendingPage) {
        return whole(visible(actor, id), spendingPage);
    }

    /** One page of a project's payments that count, oldest first; the public reads them without staff names. */
    public PageResult<SpendingEntry> spending(Optional<Actor> reader, long communityId, long id, int page, int size) {
        RenewalProject project = reader.isPresent() ? visible(reader.get(), id) : inCommunity(communityId, id);
        PageResult<SpendingEntry> entries = store.spending(project.id(), page, size);
        return reader.isPresent() ? entries : new PageResult<>(entries.items().stream()
                .map(SpendingEntry::withoutNames).toList(), page, size, entries.total());
    }

    public PageResult<ProjectSummary> list(Actor actor, ProjectState state, int page, int size) {
        Permissions.require(permissions.mayRead(actor));
        return store.list(actor.communityId(), ProjectFilter.of(state), page, size);
    }

    /** The public board: anyone, signed in or not, may read a community's projects. */
    public PageResult<ProjectSummary> board(long communityId, ProjectFilter filter, int page, int size) {
        return store.list(communityId, filter, page, size);
    }

    /** The community's projects added up, for the public board. */
    public BoardTotals totals(long communityId) {
        return store.totals(communityId).withSources(lines.bySource(communityId));
    }

    /** A project as the public reads it: no names of the people who recorded its progress and spending. */
    public ProjectDetails publicDetails(long communityId, long id) {
        return publicDetails(communityId, id, 0);
    }

    public ProjectDetails publicDetails(long communityId, long id, int spendingPage) {
        return whole(inCommunity(communityId, id), spendingPage).withoutNames();
    }

    private ProjectDetails whole(RenewalProject p, int spendingPage) {
        List<FundingLine> funding = lines.of(p.id());
        if (funding.stream().anyMatch(l -> l.voteId() != null)) {
            funding = funding.stream().map(FundVotes.titling(fundVotes.titles(p.communityId()))).toList();
        }
        return ProjectDetails.of(p, store.progress(p.id()), store.spending(p.id(), spendingPage, SPENDING_PAGE_SIZE),
                store.parentOf(p.id()).orElse(null), store.targets(p.id()), store.children(p.communityId(), p.id()),
                funding, store.held(p.id()));
    }

    /** The project that follows up a proposal, if it has one. */
    public Optional<Long> forProposal(Actor actor, long proposalId) {
        Permissions.require(permissions.mayRead(actor));
        return store.forProposal(actor.communityId(), proposalId);
    }

    /** Staff set up a project by hand, e.g. one the owners decided by a maintenance-fund vote. */
    @Transactional
    public long create(Actor actor, ProjectInput input) {
        Permissions.require(permissions.mayManage(actor));
        ProjectPlan plan = input.toPlan();
        Long voteId = input.vote();
        if (voteId != null && !votes.exists(actor.communityId(), voteId)) {
            throw InvalidInput.of("voteId", "project.validation.voteId", String.valueOf(voteId));
        }
        Long parent = input.parentId();
        if (parent != null && store.byId(actor.communityId(), parent).isEmpty()) {
            throw InvalidInput.of("parentId", "project.validation.parentId", String.valueOf(parent));
        }
        long id = store.add(RenewalProject.planned(actor.communityId(), plan, null, voteId, now())
                .classified(input.projectKind()), actor.displayName());
        if (parent != null) {
            store.setParent(actor.communityId(), id, parent);
            rollUp(actor.communityId(), id, now());
        }
        audit.record(actor.communityId(), "PROJECT_PLANNED", SUBJECT, id, plan.title());
        return id;
    }

    /**
     * Opens the project that follows up an adopted proposal, in the caller's transaction: title and place from the
     * proposal, plan, budget, funding and responsibilities from its consensus plan (empty without one). A
     * proposal has one project; asking again returns it.
     */
    @Transactional
    public long openFor(long communityId, long proposalId) {
        Optional<Long> existing = store.forProposal(communityId, proposalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ProposalSummary proposal = proposalQueries.summary(communityId, proposalId);
        Optional<ConsensusPlan> consensus = proposalQueries.consensusPlan(communityId, proposalId);
        String place = messages.getMessage(proposal.place().messageKey(), proposal.place().args(),
                proposal.place().text(), Locale.SIMPLIFIED_CHINESE);
        ProjectPlan plan = new ProjectPlan(proposal.title(), consensus.map(ConsensusPlan::text).orElse(null), place,
                consensus.map(ConsensusPlan::costFen).orElse(0L),
                consensus.map(ConsensusPlan::fundingSource).orElse(null),
                consensus.map(ConsensusPlan::responsibilities).orElse(null));
        long id = store.add(RenewalProject.planned(communityId, plan, proposalId, null, now()), null);
        audit.record(communityId, "PROJECT_PLANNED", SUBJECT, id, "proposal " + proposalId);
        return id;
    }

    /**
     * Corrects the plan of a project that is not completed, with a reason, if the person saw the current version;
     * the history keeps which fields changed and the budget before and after.
     */
    @Transactional
    public void revise(Actor actor, long id, ProjectEdit edit) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = visible(actor, id);
        project.requireRevisable();
        ProjectEdit.Revision revision = edit.parse();
        if (revision.version() != project.version()) {
            throw new Refused("project.refused.stale", "the project was changed by someone else");
        }
        long budgetBefore = project.plan().budgetFen();
        List<String> changed = project.revise(revision.plan());
        OffsetDateTime now = now();
        store.revise(project, now);
        store.addEvent(actor.communityId(), id, new ProjectEvent(0, ProjectEventKind.PLAN_EDITED, now,
                actor.displayName(), null, null, null, changed, budgetBefore, revision.plan().budgetFen(),
                revision.reason()));
        audit.record(actor.communityId(), "PROJECT_REVISED", SUBJECT, id,
                String.join(",", changed) + " · " + revision.reason());
    }

    /** One page of a project's history, newest first. */
    public PageResult<ProjectEvent> history(Actor actor, long id, int page, int size) {
        visible(actor, id);
        return store.history(id, page, size);
    }

    /** Starts or completes the work; a proposal's project moves the proposal to IN_PROGRESS or DONE with it. */
    @Transactional
    public void take(Actor actor, long id, ProjectAction action) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = visible(actor, id);
        ProjectState from = project.state();
        OffsetDateTime now = now();
        project.take(action, now);
        store.save(project, now);
        store.addEvent(actor.communityId(), id, ProjectEvent.of(action == ProjectAction.START
                ? ProjectEventKind.STARTED : ProjectEventKind.COMPLETED, now, actor.displayName()));
        audit.record(actor.communityId(), "PROJECT_" + action, SUBJECT, id, from + " → " + project.state());
        rollUp(actor.communityId(), id, now);
        if (project.proposalId() != null) {
            ProposalActor who = ProposalActor.of(actor);
            // the proposal's timeline is a record, kept in the community's language whoever reads it
            String reason = messages.getMessage("project.proposalReason." + action, new Object[] {id},
                    Locale.SIMPLIFIED_CHINESE);
            if (action == ProjectAction.START) {
                proposals.followUpStarted(actor.communityId(), project.proposalId(), who, reason);
            } else {
                proposals.followUpDone(actor.communityId(), project.proposalId(), who, reason);
            }
        }
    }

    /** Reports how far the work has got, with an optional photo; the percentage never goes down. */
    @Transactional
    public long reportProgress(Actor actor, long id, ProgressInput input, PhotoUpload photo) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = visible(actor, id);
        OffsetDateTime now = now();
        ProgressInput.Progress progress = input.parse(today(now));
        if (!store.targets(id).isEmpty() || !store.childPercents(id).isEmpty()) {
            throw new Refused("project.refused.derived", "the percentage follows the targets and is not typed");
        }
        project.progress(progress.percent());
        store.save(project, now);
        String key = photo == null ? null : photos.save(photo.bytes(), photo.extension());
        long progressId = store.addProgress(project, progress, key, photo == null ? null : photo.contentType(),
                actor.displayName(), now);
        audit.record(actor.communityId(), "PROJECT_PROGRESS", SUBJECT, id, progress.percent() + "%");
        return progressId;
    }

    /** Staff give a project a measurable target or a milestone; its percentage is derived again. */
    @Transactional
    public long addTarget(Actor actor, long id, TargetInput input) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = visible(actor, id);
        project.requireRevisable();
        if (!store.childPercents(id).isEmpty()) {
            throw new Refused("target.refused.parent", "a project with sub-projects takes their progress");
        }
        OffsetDateTime now = now();
        long target = store.addTarget(actor.communityId(), id, input, 0, now);
        derive(project, now);
        audit.record(actor.communityId(), "PROJECT_TARGET", SUBJECT, id, input.name() + " · " + input.plannedOrOne()
                + (input.unitText() == null ? "" : " " + input.unitText()));
        return target;
    }

    /**
     * Staff record a quantity done on one of the project's targets (with a photo if they have one): the percentage
     * is derived again and the projects above it follow. More than what remains planned is refused, naming the field.
     */
    @Transactional
    public long recordQuantity(Actor actor, long id, QuantityInput input, PhotoUpload photo) {
        Permissions.require(permissions.mayManage(actor));
        RenewalProject project = visible(actor, id);
        if (project.state() != ProjectState.IN_PROGRESS) {
            throw new Refused("project.refused.progress", "progress is reported while the work is under way",
                    project.state());
        }
        OffsetDateTime now = now();
        LocalDate day = input.day(today(now));
        Target target = store.targets(id).stream().filter(t -> t.id() == input.targetId()).findFirst()
                .orElseThrow(() -> InvalidInput.of("targetId", "target.validation.target",
                        String.valueOf(input.targetId())));
        if (!store.addDone(id, target.id(), input.quantity())) {
            throw InvalidInput.of("quantity", "target.validation.over", target.remaining(),
                    target.unit() == null ? "" : target.unit());
        }
        derive(project, now);
        String key = photo == null ? null : photos.save(photo.bytes(), photo.extension());
        long entry = store.addQuantity(project, target, input.quantity(), day, input.note().strip(), key,
                photo == null ? null : photo.contentType(), actor.displayName(), now);
        audit.record(actor.communityId(), "PROJECT_QUANTITY", SUBJECT, id, target.name() + " +" + input.quantity()
                + " → " + project.percentDone() + "%");
        return entry;
    }

    /** Derives the project's percentage from its sub-projects or targets, saves it, and rolls it up the tree. */
    private void derive(RenewalProject project, OffsetDateTime now) {
        List<Integer> children = store.childPercents(project.id());
        Integer percent = children.isEmpty() ? DerivedProgress.ofTargets(store.targets(project.id()))
                : DerivedProgress.ofChildren(children);
        if (percent != null && percent != project.percentDone() && project.state() != ProjectState.COMPLETED) {
            project.derive(percent);
            store.save(project, now);
        }
        rollUp(project.communityId(), project.id(), now);
    }

    /** The project above this one, if any, takes the roll-up of its sub-projects, and so on up. */
    private void rollUp(long communityId, long id, OffsetDateTime now) {
        Optional<Long> parent = store.parentOf(id);
        if (parent.isPresent()) {
            derive(store.get(communityId, parent.get()), now);
        }
    }

    /** The bytes and type of a progress photo of one of the community's projects: photos are public. */
    public Optional<Photo> photo(long communityId, long id, long progressId) {
        inCommunity(communityId, id);
        return store.photo(id, progressId)
                .flatMap(p -> photos.read(p.key()).map(bytes -> new Photo(bytes, p.contentType())));
    }

    /** A stored photo's bytes and content type. */
    public record Photo(byte[] bytes, String contentType) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today(OffsetDateTime now) {
        return now.atZoneSameInstant(clock.getZone()).toLocalDate();
    }
}
