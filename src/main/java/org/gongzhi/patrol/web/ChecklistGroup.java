package org.gongzhi.patrol.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongzhi.patrol.record.PatrolRecordCheck;

/**
 * The checklist items of one building (or the landmarks, with no building), folded on the phone; the first group
 * with an item still to walk is the one shown open.
 */
record ChecklistGroup(Integer buildingNumber, List<PatrolRecordCheck> items, boolean open) {

    static List<ChecklistGroup> byBuilding(List<PatrolRecordCheck> checklist) {
        Map<Integer, List<PatrolRecordCheck>> byBuilding = new LinkedHashMap<>();
        checklist.forEach(c -> byBuilding.computeIfAbsent(c.place().buildingNumber(), b -> new ArrayList<>()).add(c));
        List<ChecklistGroup> groups = new ArrayList<>();
        boolean opened = false;
        for (Map.Entry<Integer, List<PatrolRecordCheck>> e : byBuilding.entrySet()) {
            boolean open = !opened && e.getValue().stream().anyMatch(c -> c.status() == null);
            opened |= open;
            groups.add(new ChecklistGroup(e.getKey(), List.copyOf(e.getValue()), open));
        }
        return groups;
    }

    public long walked() {
        return items.stream().filter(c -> c.status() != null).count();
    }
}
