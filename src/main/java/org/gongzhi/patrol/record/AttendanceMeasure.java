package org.gongzhi.patrol.record;

import java.time.YearMonth;

/** How many patrols a grid branch held in a month, and how many people attended them in all. */
public record AttendanceMeasure(int branchNumber, YearMonth month, int patrols, int attendees) {
}
