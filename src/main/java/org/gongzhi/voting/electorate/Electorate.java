package org.gongzhi.voting.electorate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.gongzhi.voting.VoteScope;

/**
 * Who votes on an owners' matter, counted by 最高法 建筑物区分所有权解释 第8–9条: one unit is one person, co-owners
 * of a unit are one person, an owner of several units is one person with their areas summed, and all units the
 * developer holds are one person. Owners are the same owner when they share a resident id, or — when the register
 * knows no resident — the same name after normalising width, case and spaces; two different people of the same
 * name who live elsewhere are therefore counted as one (the register cannot tell them apart).
 */
public final class Electorate {

    public static final String DEVELOPER = "DEVELOPER";
    public static final String PARKING = "PARKING";
    public static final String RESIDENTIAL = "RESIDENTIAL";

    private Electorate() {
    }

    /** A unit as the register holds it, with its current owners. Areas in hundredths of m², any may be null. */
    public record UnitRecord(long unitId, long buildingId, long gridId, String usage, Long registerArea,
            Long surveyArea, Long contractArea, boolean developerHeld, List<OwnerRecord> owners) {

        /** The register, else the survey, else the sale contract (第8条); none known counts as no area. */
        public long votingArea() {
            return registerArea != null ? registerArea : surveyArea != null ? surveyArea : contractArea != null
                    ? contractArea : 0;
        }

        boolean counts(boolean includeParking) {
            return RESIDENTIAL.equals(usage) || includeParking && PARKING.equals(usage);
        }
    }

    /** One current owner of a unit: the resident, when the register knows them, and the name on the title. */
    public record OwnerRecord(Long residentId, String name) {

        String key() {
            return residentId != null ? "R:" + residentId : "N:" + normalised(name);
        }
    }

    /** One voting person: their units, summed area, names, and the residents who may vote for them. */
    public record Elector(String personKey, String displayName, long area, List<Long> unitIds,
            Map<Long, Long> unitAreas, Set<Long> residentIds) {
    }

    /** The electors among the units in scope, ordered by their first unit. */
    public static List<Elector> of(List<UnitRecord> units, boolean includeParking, VoteScope scope) {
        List<UnitRecord> counted = units.stream()
                .filter(u -> u.counts(includeParking) && scope.includes(u.buildingId(), u.gridId()))
                .filter(u -> u.developerHeld() || !u.owners().isEmpty())
                .sorted(Comparator.comparingLong(UnitRecord::unitId))
                .toList();
        OwnerGroups groups = new OwnerGroups();
        counted.forEach(groups::join);
        Map<String, List<UnitRecord>> byPerson = new LinkedHashMap<>();
        for (UnitRecord unit : counted) {
            byPerson.computeIfAbsent(groups.root(unitKeys(unit).getFirst()), k -> new ArrayList<>()).add(unit);
        }
        return byPerson.values().stream().map(Electorate::elector).toList();
    }

    private static Elector elector(List<UnitRecord> units) {
        Map<Long, Long> areas = new LinkedHashMap<>();
        Set<String> names = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        Set<Long> residents = new LinkedHashSet<>();
        for (UnitRecord unit : units) {
            areas.put(unit.unitId(), unit.votingArea());
            keys.addAll(unitKeys(unit));
            if (!unit.developerHeld()) {
                unit.owners().forEach(o -> {
                    names.add(o.name());
                    if (o.residentId() != null) {
                        residents.add(o.residentId());
                    }
                });
            }
        }
        boolean developer = keys.contains(DEVELOPER);
        long area = areas.values().stream().mapToLong(Long::longValue).sum();
        return new Elector(developer ? DEVELOPER : keys.iterator().next(),
                developer ? DEVELOPER : String.join("、", names), area, List.copyOf(areas.keySet()), areas,
                residents);
    }

    /** The owner keys of a unit; every developer-held unit carries the one developer key, whoever is on file. */
    private static List<String> unitKeys(UnitRecord unit) {
        return unit.developerHeld() ? List.of(DEVELOPER) : unit.owners().stream().map(OwnerRecord::key).toList();
    }

    static String normalised(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Union–find over owner keys: owners who share a unit, and units that share an owner, end up together. */
    private static final class OwnerGroups {

        private final Map<String, String> parent = new HashMap<>();

        void join(UnitRecord unit) {
            List<String> keys = unitKeys(unit);
            keys.forEach(k -> parent.putIfAbsent(k, k));
            keys.forEach(k -> union(keys.getFirst(), k));
        }

        String root(String key) {
            String root = key;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            parent.put(key, root);
            return root;
        }

        private void union(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                // the smaller key wins, so the grouping does not depend on the order units come in
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
