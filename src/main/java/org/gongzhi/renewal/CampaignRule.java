package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Labelled;

/** What happens to the money when a crowdfunding campaign misses its goal at its deadline. */
public enum CampaignRule implements Labelled {
    /** Every confirmed payment is refunded. */
    ALL_OR_NOTHING,
    /** The project keeps what was raised. */
    KEEP_WHAT_IS_RAISED
}
