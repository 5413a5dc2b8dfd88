package org.gongzhi.renewal;

/** Where a micro-renewal project stands: planned, under way, completed. */
public enum ProjectState {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
