package org.gongzhi.renewal;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/**
 * A resident's pledge as staff see it when recording money against it: the amount, what payments recorded so far
 * add up to, and the pledger masked (the staff list, like the public one, names nobody in full).
 */
public record Pledge(long id, String pledger, Integer building, boolean anonymous, long amountFen, long recordedFen,
        OffsetDateTime pledgedAt) {

    public long outstandingFen() {
        return amountFen - recordedFen;
    }

    public String amountYuan() {
        return Money.grouped(amountFen);
    }

    public String outstandingYuan() {
        return Money.grouped(outstandingFen());
    }
}
