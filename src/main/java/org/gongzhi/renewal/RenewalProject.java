package org.gongzhi.renewal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/**
 * A micro-renewal project: PLANNED → IN_PROGRESS → COMPLETED. Progress is a percentage that only goes up while
 * the work is under way; spending is added to the total, which may pass the budget (it is then shown in red).
 */
public final class RenewalProject {

    private final Long id;
    private final long communityId;
    private ProjectPlan plan;
    private ProjectKind kind;
    private final Long proposalId;
    private final Long voteId;
    private final OffsetDateTime createdAt;
    private final int version;
    private ProjectState state;
    private int percentDone;
    private long spentFen;
    private OffsetDateTime startedAt;
    private OffsetDateTime completedAt;

    RenewalProject(Long id, long communityId, ProjectPlan plan, ProjectKind kind, Long proposalId, Long voteId,
            ProjectState state, int percentDone, long spentFen, OffsetDateTime createdAt, OffsetDateTime startedAt,
            OffsetDateTime completedAt, int version) {
        this.id = id;
        this.communityId = communityId;
        this.plan = plan;
        this.kind = kind;
        this.proposalId = proposalId;
        this.voteId = voteId;
        this.state = state;
        this.percentDone = percentDone;
        this.spentFen = spentFen;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.version = version;
    }

    /** A new project, planned and not started; the proposal it follows up, if any, and the vote that decided it. */
    public static RenewalProject planned(long communityId, ProjectPlan plan, Long proposalId, Long voteId,
            OffsetDateTime at) {
        return new RenewalProject(null, communityId, plan, ProjectKind.OTHER, proposalId, voteId, ProjectState.PLANNED, 0, 0, at, null,
                null, 0);
    }

    /** Says what kind of work this is; a new project is {@link ProjectKind#OTHER} until told. */
    public RenewalProject classified(ProjectKind kind) {
        this.kind = kind == null ? ProjectKind.OTHER : kind;
        return this;
    }

    /** Starts or completes the work; completing it makes it 100% done. */
    public void take(ProjectAction action, OffsetDateTime at) {
        if (state != action.from()) {
            throw new Refused("project.refused.state", "cannot " + action + " a project that is " + state, action,
                    state);
        }
        state = action.to();
        if (action == ProjectAction.START) {
            startedAt = at;
        } else {
            completedAt = at;
            percentDone = 100;
        }
    }

    /** The residents did not accept the finished work: it is under way again until staff complete it once more. */
    public void rework() {
        if (state != ProjectState.COMPLETED) {
            throw new Refused("project.refused.rework", "only a completed project goes back to rework", state);
        }
        state = ProjectState.IN_PROGRESS;
        completedAt = null;
    }

    /** Sets the percentage derived from the targets or sub-projects: it follows them, down as well as up. */
    public void derive(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a derived percentage is 0-100: " + percent);
        }
        percentDone = percent;
    }

    /** Records how far the work has got: only while it is under way, 0–100, never less than before. */
    public void progress(int percent) {
        if (state != ProjectState.IN_PROGRESS) {
            throw new Refused("project.refused.progress", "progress is reported while the work is under way",
                    state);
        }
        if (percent < 0 || percent > 100) {
            throw InvalidInput.of("percent", "project.validation.percent");
        }
        if (percent < percentDone) {
            throw InvalidInput.of("percent", "project.validation.percentBackwards", percentDone);
        }
        percentDone = percent;
    }

    /**
     * Corrects the plan while the project is not completed; returns the names of the fields that changed, in the
     * order of the form (title, plan, place, budget, fundingSource, responsibilities).
     */
    public List<String> revise(ProjectPlan corrected) {
        requireRevisable();
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(plan.title(), corrected.title())) {
            changed.add("title");
        }
        if (!Objects.equals(plan.plan(), corrected.plan())) {
            changed.add("plan");
        }
        if (!Objects.equals(plan.place(), corrected.place())) {
            changed.add("place");
        }
        if (plan.budgetFen() != corrected.budgetFen()) {
            changed.add("budget");
        }
        if (!Objects.equals(plan.fundingSource(), corrected.fundingSource())) {
            changed.add("fundingSource");
        }
        if (!Objects.equals(plan.responsibilities(), corrected.responsibilities())) {
            changed.add("responsibilities");
        }
        if (changed.isEmpty()) {
            throw new Refused("project.refused.unchanged", "the plan is the same as before");
        }
        plan = corrected;
        return changed;
    }

    /** Refuses when the plan may no longer be corrected: once the project is completed. */
    public void requireRevisable() {
        if (state == ProjectState.COMPLETED) {
            throw new Refused("project.refused.revise", "the plan of a completed project cannot be changed",
                    state);
        }
    }

    /** Adds a payment to the total spent. */
    public void spend(long amountFen) {
        if (amountFen <= 0) {
            throw InvalidInput.of("amount", "project.validation.amount");
        }
        spentFen = Math.addExact(spentFen, amountFen);
    }

    public boolean overBudget() {
        return plan.budgetFen() > 0 && spentFen > plan.budgetFen();
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public ProjectPlan plan() {
        return plan;
    }

    public ProjectKind kind() {
        return kind;
    }

    public Long proposalId() {
        return proposalId;
    }

    public Long voteId() {
        return voteId;
    }

    public ProjectState state() {
        return state;
    }

    public int percentDone() {
        return percentDone;
    }

    public long spentFen() {
        return spentFen;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public int version() {
        return version;
    }
}
