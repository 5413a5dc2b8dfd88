package org.gongzhi.patrol;

/** How a stairwell or place stood when the patrol walked it. */
public enum PatrolRecordCheckStatus {
    OK,
    PROBLEM
}
