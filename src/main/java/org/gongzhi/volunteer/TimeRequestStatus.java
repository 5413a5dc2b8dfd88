package org.gongzhi.volunteer;

import org.gongzhi.shared.domain.Labelled;

/** Where a time-bank request stands: asked, paired with a helper, served (and debited), or called off. */
public enum TimeRequestStatus implements Labelled {
    REQUESTED, MATCHED, SERVED, CANCELLED;

    /** Still to be served: its minutes are held against the asker's credit. */
    public boolean open() {
        return this == REQUESTED || this == MATCHED;
    }
}
