package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

import java.time.OffsetDateTime;
import java.util.List;

/** A project with its plan, progress timeline (newest first) and spending ledger (oldest first), in fen. */
public record ProjectDetails(long id, String title, String plan, String place, long budgetFen,
        String fundingSource, String responsibilities, Long proposalId, Long voteId, ProjectState state,
        int percentDone, long spentFen, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime completedAt, int version, List<ProgressUpdate> progress, List<SpendingEntry> spending) {

    static ProjectDetails of(RenewalProject p, List<ProgressUpdate> progress, List<SpendingEntry> spending) {
        ProjectPlan plan = p.plan();
        return new ProjectDetails(p.id(), plan.title(), plan.plan(), plan.place(), plan.budgetFen(),
                plan.fundingSource(), plan.responsibilities(), p.proposalId(), p.voteId(), p.state(),
                p.percentDone(), p.spentFen(), p.createdAt(), p.startedAt(), p.completedAt(), p.version(), progress,
                spending);
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
