package org.gongzhi.deliberation;

/** Where a comment stands on the proposal. */
public enum Stance {
    FOR,
    AGAINST,
    NEUTRAL
}
