package org.gongzhi.voting.vote;

import org.gongzhi.shared.domain.Transition;
import org.gongzhi.voting.VoteState;

/** The steps of a vote's life, each allowed from exactly one state. */
public enum VoteAction implements Transition<VoteState> {
    OPEN(VoteState.DRAFT, VoteState.OPEN),
    CLOSE(VoteState.OPEN, VoteState.CLOSED),
    PUBLISH(VoteState.CLOSED, VoteState.PUBLISHED);

    private final VoteState from;
    private final VoteState to;

    VoteAction(VoteState from, VoteState to) {
        this.from = from;
        this.to = to;
    }

    public VoteState from() {
        return from;
    }

    public VoteState to() {
        return to;
    }
}
