package org.gongzhi.voting;

/** Where a vote stands: prepared, taking ballots, counted, and counted with its notice (公告) published. */
public enum VoteState {
    DRAFT, OPEN, CLOSED, PUBLISHED;

    /** Counted: ballots and the tally can no longer change. */
    public boolean closed() {
        return this == CLOSED || this == PUBLISHED;
    }
}
