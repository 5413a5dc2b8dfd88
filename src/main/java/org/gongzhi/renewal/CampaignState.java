package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/**
 * Where a crowdfunding campaign stands: open for pledges; closed at its deadline having reached its goal; closed
 * short of it and keeping what was raised; or failed (all-or-nothing short of its goal), its payments refunded.
 */
public enum CampaignState implements Labelled {
    OPEN,
    SUCCEEDED,
    ENDED,
    FAILED;

    /** Whether payments may still be recorded and confirmed: money promised before the deadline may arrive late. */
    public boolean takesPayments() {
        return this != FAILED;
    }
}
