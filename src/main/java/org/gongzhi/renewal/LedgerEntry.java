package org.gongzhi.renewal;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/**
 * One line of a campaign's public ledger with the running totals after it, in fen. The pledger is shown as a masked
 * name and building number, or as anonymous (both null); an expense has no pledge and names its payee and purpose.
 */
public record LedgerEntry(long id, LedgerKind kind, Long pledgeId, Long paymentId, long amountFen,
        String pledger, Integer building, boolean anonymous, long pledgedTotalFen, long confirmedTotalFen,
        long refundedTotalFen, OffsetDateTime bookedAt, long spentTotalFen, String expense) {

    /** Confirmed less refunded less spent after this entry: what the campaign held at that moment. */
    public long balanceFen() {
        return confirmedTotalFen - refundedTotalFen - spentTotalFen;
    }

    /** Money that left the campaign: a refund or an expense. */
    public boolean outgoing() {
        return kind == LedgerKind.REFUND || kind == LedgerKind.EXPENSE;
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
