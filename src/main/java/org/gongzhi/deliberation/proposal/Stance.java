package org.gongzhi.deliberation.proposal;

/** Where a comment stands on the proposal. */
public enum Stance {
    FOR,
    AGAINST,
    NEUTRAL
}
