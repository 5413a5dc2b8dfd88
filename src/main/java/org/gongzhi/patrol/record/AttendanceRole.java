package org.gongzhi.patrol.record;

/** Why someone is on a patrol's attendance list: a party member of the branch, a stairwell volunteer, or neither. */
public enum AttendanceRole {
    PARTY_MEMBER,
    VOLUNTEER,
    RESIDENT
}
