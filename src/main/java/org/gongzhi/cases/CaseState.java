package org.gongzhi.cases;

import org.gongzhi.shared.domain.Labelled;

/** Where a work order stands in the city-management loop: report, accept, dispatch, handle, verify, close. */
public enum CaseState implements Labelled {
    REPORTED,
    ACCEPTED,
    REJECTED,
    DISPATCHED,
    IN_HANDLING,
    HANDLED,
    CLOSED;

    /** Still waiting for something to be done about it. */
    public boolean isOpen() {
        return this != REJECTED && this != CLOSED;
    }

    /** Under a deadline: dispatched and not yet handled. */
    public boolean awaitsHandling() {
        return this == DISPATCHED || this == IN_HANDLING;
    }
}
