package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a project's spending ledger, in fen, booked against a funding line; entries are never changed or
 * deleted. A payment over what its line had left is {@code held} until a second staff member gives the reason to
 * override it ({@code overrideReason}, by {@code overrideBy}); only then does it count.
 */
public record SpendingEntry(long id, LocalDate paidOn, long amountFen, String payee, String purpose,
        String recordedBy, OffsetDateTime recordedAt, Long lineId, boolean receipt, boolean held,
        String overrideReason, String overrideBy, OffsetDateTime overrideAt) {

    public String amountYuan() {
        return Money.grouped(amountFen);
    }

    /** The entry as the public reads it: no names of the staff who booked or overrode it, no receipt. */
    SpendingEntry withoutNames() {
        return new SpendingEntry(id, paidOn, amountFen, payee, purpose, null, recordedAt, lineId, false, held,
                overrideReason, null, overrideAt);
    }
}
