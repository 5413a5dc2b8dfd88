package org.gongzhi.patrol.record;

/** How urgent a patrol finding looked to the patrol. */
public enum PatrolFindingSeverity {
    LOW,
    MEDIUM,
    HIGH
}
