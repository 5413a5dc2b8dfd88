package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a project's spending ledger, in fen; entries are never changed or deleted. */
public record SpendingEntry(long id, LocalDate paidOn, long amountFen, String payee, String purpose,
        String recordedBy, OffsetDateTime recordedAt) {

    public String amountYuan() {
        return Money.grouped(amountFen);
    }
}
