package org.gongzhi.patrol.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongzhi.patrol.record.AttendanceMeasure;

/** One grid branch's patrols and attendance over the page's months. */
public record BranchAttendance(int branchNumber, int patrols, int attendees) {

    public static List<BranchAttendance> of(List<AttendanceMeasure> months) {
        Map<Integer, BranchAttendance> byBranch = new TreeMap<>();
        for (AttendanceMeasure m : months) {
            byBranch.merge(m.branchNumber(), new BranchAttendance(m.branchNumber(), m.patrols(), m.attendees()),
                    (a, b) -> new BranchAttendance(a.branchNumber, a.patrols + b.patrols, a.attendees + b.attendees));
        }
        return List.copyOf(byBranch.values());
    }

    /** Attendees per patrol, to one decimal, as text; a dash when no patrol was held. */
    public String perPatrol() {
        return patrols == 0 ? "—" : "%d.%d".formatted(attendees / patrols, attendees * 10 / patrols % 10);
    }
}
