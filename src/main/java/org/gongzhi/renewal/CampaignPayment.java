package org.gongzhi.renewal;

import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/** Money recorded against a pledge; it counts once a second staff member has confirmed it. */
public record CampaignPayment(long id, long pledgeId, long amountFen, PaymentMethod method, String receiptNo,
        String recordedBy, OffsetDateTime recordedAt, String confirmedBy, OffsetDateTime confirmedAt,
        boolean refunded) {

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public String amountYuan() {
        return Money.grouped(amountFen);
    }
}
