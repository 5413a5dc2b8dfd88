package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A crowdfunding campaign with its totals in fen: pledged (promised), confirmed (paid, checked by two staff
 * members), refunded, and spent (the project's payments from its crowdfunding line). What it has raised is confirmed
 * less refunded; the thermometer shows that over the goal.
 */
public record Campaign(long id, long projectId, long goalFen, LocalDate deadline, String purpose, CampaignRule rule,
        CampaignState state, long pledgedFen, long confirmedFen, long refundedFen, int pledgeCount,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime closedAt, long spentFen) {

    public long raisedFen() {
        return confirmedFen - refundedFen;
    }

    /** Raised over goal in whole percent, rounded down, at most 100 (integer arithmetic). */
    public int percentRaised() {
        return (int) Math.min(100, raisedFen() * 100 / goalFen);
    }

    public boolean goalReached() {
        return raisedFen() >= goalFen;
    }

    /** Whether residents may pledge on {@code today}: open and not past its last day. */
    public boolean takesPledges(LocalDate today) {
        return state == CampaignState.OPEN && !today.isAfter(deadline);
    }

    /** Whether the deadline has passed so the campaign can be closed. */
    public boolean due(LocalDate today) {
        return state == CampaignState.OPEN && today.isAfter(deadline);
    }
}
