package org.gongzhi.patrol;

/** A grid branch's monthly patrols held over a run of months, and the attendances at them. */
public record PatrolAttendance(int branchNumber, int patrols, int attendees) {
}
