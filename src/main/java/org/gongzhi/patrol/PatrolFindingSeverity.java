package org.gongzhi.patrol;

/** How urgent a patrol finding looked to the patrol. */
public enum PatrolFindingSeverity {
    LOW,
    MEDIUM,
    HIGH
}
