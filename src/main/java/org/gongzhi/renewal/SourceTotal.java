package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

/** The community's funding lines of one source added up: their amounts and what was spent, in fen. */
public record SourceTotal(FundingSource source, long amountFen, long spentFen) {

    public String amountYuan() {
        return Money.grouped(amountFen);
    }

    public String spentYuan() {
        return Money.grouped(spentFen);
    }
}
