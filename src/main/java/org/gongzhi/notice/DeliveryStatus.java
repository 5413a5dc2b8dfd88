package org.gongzhi.notice;

import org.gongzhi.shared.domain.Labelled;

/** What became of a notification on one channel: sent, not sent (and why), or failed and to be tried again. */
public enum DeliveryStatus implements Labelled {
    SENT,
    NOT_SENT,
    FAILED;

    /** Settled for good: a redelivered event leaves it alone. */
    public boolean settled() {
        return this != FAILED;
    }
}
