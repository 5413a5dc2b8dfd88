package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

import java.time.OffsetDateTime;

/** A project in a list: what, where, how far along, and what it has spent of its budget (fen). */
public record ProjectSummary(long id, String title, String place, ProjectKind kind, ProjectState state, int percentDone,
        long budgetFen, long spentFen, Long proposalId, OffsetDateTime updatedAt) {

    /** Spending passed a budget that was set; a project without a budget (0) is never over it. */
    public boolean overBudget() {
        return budgetFen > 0 && spentFen > budgetFen;
    }

    public String budgetYuan() {
        return Money.grouped(budgetFen);
    }

    public String spentYuan() {
        return Money.grouped(spentFen);
    }
}
