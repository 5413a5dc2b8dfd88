package org.gongzhi.patrol;

import java.util.List;

/** A grid branch's schedule with its occurrences in some period, in date order. */
public record BranchPatrols(PatrolSchedule schedule, List<PatrolOccurrence> occurrences) {
}
