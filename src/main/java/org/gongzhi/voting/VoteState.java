package org.gongzhi.voting;

import org.gongzhi.shared.domain.Labelled;

/** Where a vote stands: prepared, taking ballots, counted, and counted with its notice (公告) published. */
public enum VoteState implements Labelled {
    DRAFT, OPEN, CLOSED, PUBLISHED;

    /** Counted: ballots and the tally can no longer change. */
    public boolean closed() {
        return this == CLOSED || this == PUBLISHED;
    }
}
