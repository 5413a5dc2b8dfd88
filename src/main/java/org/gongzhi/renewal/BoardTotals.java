package org.gongzhi.renewal;

import java.util.List;

import org.gongzhi.shared.domain.Money;

/**
 * The community's micro-renewal added up for the public board: projects by state, what their budgets come to, what
 * they have spent and what residents' crowdfunding holds (confirmed less refunded), in fen; and what the measurable
 * targets add up to (300 盏 lights repaired); and the money by source, with what was spent of each.
 */
public record BoardTotals(long projects, long planned, long inProgress, long completed, long budgetFen,
        long spentFen, long raisedFen, List<TargetTotal> targets, List<SourceTotal> sources) {

    BoardTotals withSources(List<SourceTotal> bySource) {
        return new BoardTotals(projects, planned, inProgress, completed, budgetFen, spentFen, raisedFen, targets,
                bySource);
    }

    public String budgetYuan() {
        return Money.grouped(budgetFen);
    }

    public String spentYuan() {
        return Money.grouped(spentFen);
    }

    public String raisedYuan() {
        return Money.grouped(raisedFen);
    }
}
