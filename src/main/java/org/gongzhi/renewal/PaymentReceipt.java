package org.gongzhi.renewal;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/**
 * What a receipt for a confirmed crowdfunding payment states: the project and campaign, the payment and its receipt
 * number, the pledger as masked on the ledger, how it was paid, who recorded and who confirmed it, and when.
 */
public record PaymentReceipt(String projectTitle, String campaignPurpose, long paymentId, long pledgeId,
        String receiptNo, String pledger, Integer building, long amountFen, PaymentMethod method, String recordedBy,
        OffsetDateTime recordedAt, String confirmedBy, OffsetDateTime confirmedAt, boolean refunded) {

    public String amountYuan() {
        return Money.grouped(amountFen);
    }
}
