package org.gongzhi.patrol;

/** Where one patrol occurrence stands: as the rule gives it, moved to another date or time, or cancelled. */
public enum PatrolStatus {
    SCHEDULED,
    MOVED,
    CANCELLED
}
