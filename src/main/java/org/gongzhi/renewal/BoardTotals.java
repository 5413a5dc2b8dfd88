package org.gongzhi.renewal;

import java.util.List;

import org.gongzhi.shared.domain.Money;

/**
 * The community's micro-renewal added up for the public board: projects by state, what their budgets come to, what
 * they have spent and what residents' crowdfunding holds (confirmed less refunded), in fen; and what the measurable
 * targets add up to (300 盏 lights repaired).
 */
public record BoardTotals(long projects, long planned, long inProgress, long completed, long budgetFen,
        long spentFen, long raisedFen, List<TargetTotal> targets) {

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
