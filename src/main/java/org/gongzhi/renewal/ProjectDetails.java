package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.web.PageResult;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A project with its plan, progress timeline (newest first), funding lines by source and one page of its spending
 * ledger (oldest first; a busy project books thousands of payments), in fen; {@code held} are payments over their line waiting for a second staff member's override.
 */
public record ProjectDetails(long id, String title, String plan, String place, ProjectKind kind, long budgetFen,
        String fundingSource, String responsibilities, Long proposalId, Long voteId, ProjectState state,
        int percentDone, long spentFen, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime completedAt, int version, List<ProgressUpdate> progress, PageResult<SpendingEntry> spending,
        Long parentId, List<Target> targets, List<ProjectSummary> children, List<FundingLine> funding,
        List<SpendingEntry> held) {

    static ProjectDetails of(RenewalProject p, List<ProgressUpdate> progress, PageResult<SpendingEntry> spending,
            Long parentId, List<Target> targets, List<ProjectSummary> children, List<FundingLine> funding,
            List<SpendingEntry> held) {
        ProjectPlan plan = p.plan();
        return new ProjectDetails(p.id(), plan.title(), plan.plan(), plan.place(), p.kind(), plan.budgetFen(),
                plan.fundingSource(), plan.responsibilities(), p.proposalId(), p.voteId(), p.state(),
                p.percentDone(), p.spentFen(), p.createdAt(), p.startedAt(), p.completedAt(), p.version(), progress,
                spending, parentId, targets, children, funding, held);
    }

    /** The percentage follows targets or sub-projects and is not typed. */
    public boolean derived() {
        return !targets.isEmpty() || !children.isEmpty();
    }

    /** The project as the public board shows it: the same facts, without the names of the staff who recorded them. */
    public ProjectDetails withoutNames() {
        return new ProjectDetails(id, title, plan, place, kind, budgetFen, fundingSource, responsibilities, proposalId,
                voteId, state, percentDone, spentFen, createdAt, startedAt, completedAt, version,
                progress.stream().map(u -> new ProgressUpdate(u.id(), u.reportedOn(), u.percentDone(), u.note(),
                        u.photo(), null, u.recordedAt())).toList(),
                new PageResult<>(spending.items().stream().map(SpendingEntry::withoutNames).toList(), spending.page(),
                        spending.size(), spending.total()), parentId, targets, children, funding,
                List.of());
    }

    /** What the funding lines add up to. */
    public long fundedFen() {
        return funding.stream().mapToLong(FundingLine::amountFen).sum();
    }

    public String fundedYuan() {
        return Money.grouped(fundedFen());
    }

    /** The line a payment was booked against, for the ledger's source column. */
    public FundingLine line(Long lineId) {
        return funding.stream().filter(l -> lineId != null && l.id() == lineId).findFirst().orElse(null);
    }

    /** Spending passed a budget that was set. */
    public boolean overBudget() {
        return budgetFen > 0 && spentFen > budgetFen;
    }

    /** What is left of the budget; negative when over it. */
    public long remainingFen() {
        return budgetFen - spentFen;
    }

    public String budgetYuan() {
        return Money.grouped(budgetFen);
    }

    public String spentYuan() {
        return Money.grouped(spentFen);
    }

    /** What is left of the budget, or by how much it was passed. */
    public String remainingYuan() {
        return Money.grouped(Math.abs(remainingFen()));
    }
}
