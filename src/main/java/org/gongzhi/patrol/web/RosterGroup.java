package org.gongzhi.patrol.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.gongzhi.patrol.record.AttendanceCandidate;

/** The people of one building on the attendance roster, folded so that the list fits a phone. */
record RosterGroup(int buildingNumber, List<AttendanceCandidate> people) {

    private static final Comparator<AttendanceCandidate> BY_DOOR = Comparator
            .comparingInt(AttendanceCandidate::unitNumber).thenComparing(AttendanceCandidate::room)
            .thenComparing(AttendanceCandidate::name);

    static List<RosterGroup> byBuilding(List<AttendanceCandidate> roster) {
        Map<Integer, List<AttendanceCandidate>> byBuilding = roster.stream().collect(Collectors.groupingBy(
                AttendanceCandidate::buildingNumber, TreeMap::new, Collectors.toList()));
        return byBuilding.entrySet().stream()
                .map(e -> new RosterGroup(e.getKey(), e.getValue().stream().sorted(BY_DOOR).toList())).toList();
    }
}
