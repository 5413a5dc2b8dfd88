package org.gongzhi.renewal;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/**
 * One line of a campaign's public ledger with the running totals after it, in fen. The pledger is shown as a masked
 * name and building number, or as anonymous (both null).
 */
public record LedgerEntry(long id, LedgerKind kind, long pledgeId, Long paymentId, long amountFen,
        String pledger, Integer building, boolean anonymous, long pledgedTotalFen, long confirmedTotalFen,
        long refundedTotalFen, OffsetDateTime bookedAt) {

    /** Confirmed less refunded after this entry: what the campaign held at that moment. */
    public long balanceFen() {
        return confirmedTotalFen - refundedTotalFen;
    }

    public String amountYuan() {
        return Money.grouped(amountFen);
    }

    public String pledgedTotalYuan() {
        return Money.grouped(pledgedTotalFen);
    }

    public String balanceYuan() {
        return Money.grouped(balanceFen());
    }
}
