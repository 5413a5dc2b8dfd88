package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.gongzhi.shared.domain.Money;

/** A campaign as pages and the API show it: its totals in fen and the thermometer's reading. */
public record CampaignView(long id, long projectId, long goalFen, LocalDate deadline, String purpose,
        CampaignRule rule, CampaignState state, long pledgedFen, long confirmedFen, long refundedFen,
        long raisedFen, int percentRaised, int pledgeCount, OffsetDateTime createdAt, OffsetDateTime closedAt) {

    public String goalYuan() {
        return Money.grouped(goalFen);
    }

    public String raisedYuan() {
        return Money.grouped(raisedFen);
    }

    public String pledgedYuan() {
        return Money.grouped(pledgedFen);
    }

    public String refundedYuan() {
        return Money.grouped(refundedFen);
    }

    public static CampaignView of(Campaign c) {
        return new CampaignView(c.id(), c.projectId(), c.goalFen(), c.deadline(), c.purpose(), c.rule(), c.state(),
                c.pledgedFen(), c.confirmedFen(), c.refundedFen(), c.raisedFen(), c.percentRaised(), c.pledgeCount(),
                c.createdAt(), c.closedAt());
    }
}
