package org.gongzhi.patrol.record;

/** How a stairwell or place stood when the patrol walked it. */
public enum PatrolRecordCheckStatus {
    OK,
    PROBLEM
}
