package org.gongzhi.cases;

import org.gongzhi.shared.domain.Transition;

/** The steps a person takes on a work order, each allowed from exactly one state. */
public enum CaseAction implements Transition<CaseState> {
    ACCEPT(CaseState.REPORTED, CaseState.ACCEPTED),
    REJECT(CaseState.REPORTED, CaseState.REJECTED),
    DISPATCH(CaseState.ACCEPTED, CaseState.DISPATCHED),
    START(CaseState.DISPATCHED, CaseState.IN_HANDLING),
    HANDLE(CaseState.IN_HANDLING, CaseState.HANDLED),
    VERIFY_PASS(CaseState.HANDLED, CaseState.CLOSED),
    VERIFY_FAIL(CaseState.HANDLED, CaseState.IN_HANDLING);

    private final CaseState from;
    private final CaseState to;

    CaseAction(CaseState from, CaseState to) {
        this.from = from;
        this.to = to;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    public boolean isVerification() {
        return this == VERIFY_PASS || this == VERIFY_FAIL;
    }
}
