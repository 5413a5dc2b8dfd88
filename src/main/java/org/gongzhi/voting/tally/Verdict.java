package org.gongzhi.voting.tally;

/** The outcome of an owners' joint decision. */
public enum Verdict {

    /** Quorum met and enough owners agreed, by headcount and by area. */
    PASSED,

    /** Quorum met, but too few owners agreed by headcount or by area. */
    REJECTED,

    /** Too few owners took part by headcount or by area, so the matter cannot pass whatever they voted. */
    NO_QUORUM
}
