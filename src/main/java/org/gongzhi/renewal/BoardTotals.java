package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

/**
 * The community's micro-renewal added up for the public board: projects by state, what their budgets come to, what
 * they have spent and what residents' crowdfunding holds (confirmed less refunded), in fen.
 */
public record BoardTotals(long projects, long planned, long inProgress, long completed, long budgetFen,
        long spentFen, long raisedFen) {

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
