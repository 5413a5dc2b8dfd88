package org.gongzhi.voting.electorate;

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
 * developer holds are one person. Two owners are the same person only when the register says so: the same ID
 * number (its keyed digest), or the same resident. A name proves nothing — namesakes are different people — so an
 * owner with no identity on file is a person of their own unit alone, until staff complete the register.
 */
public final class Electorate {

    public static final String DEVELOPER = "DEVELOPER";
    public static final String PARKING = "PARKING";
    public static final String RESIDENTIAL = "RESIDENTIAL";

    private Electorate() {
    }

    /** Where a unit's voting area comes from (第8条): the register, else the survey, else the sale contract. */
    public enum AreaSource {
        REGISTER, SURVEY, CONTRACT, NONE
    }

    /**
     * A unit as the register holds it, with its current owners. Areas in hundredths of m², any may be null; a vacant
     * unit has no household living in it.
     */
    public record UnitRecord(long unitId, long buildingId, long gridId, String usage, Long registerArea,
            Long surveyArea, Long contractArea, boolean developerHeld, boolean vacant, List<OwnerRecord> owners) {

        public UnitRecord(long unitId, long buildingId, long gridId, String usage, Long registerArea, Long surveyArea,
                Long contractArea, boolean developerHeld, List<OwnerRecord> owners) {
            this(unitId, buildingId, gridId, usage, registerArea, surveyArea, contractArea, developerHeld, false,
                    owners);
        }

        /** The register, else the survey, else the sale contract (第8条); none known counts as no area. */
        public long votingArea() {
            return registerArea != null ? registerArea : surveyArea != null ? surveyArea : contractArea != null
                    ? contractArea : 0;
        }

        public AreaSource areaSource() {
            return registerArea != null ? AreaSource.REGISTER : surveyArea != null ? AreaSource.SURVEY
                    : contractArea != null ? AreaSource.CONTRACT : AreaSource.NONE;
        }

        boolean counts(boolean includeParking) {
            return RESIDENTIAL.equals(usage) || includeParking && PARKING.equals(usage);
        }

        /** The person keys of the unit's owners; every developer-held unit carries the one developer key. */
        List<String> personKeys() {
            return developerHeld ? List.of(DEVELOPER) : owners.stream().map(o -> o.personKey(unitId)).toList();
        }
    }

    /**
     * One current owner of a unit: the resident, when the owner lives here, the name on the title, and the identity
     * the register ties them to ({@code I:} an ID-number digest, {@code R:} a resident), null when none is on file.
     */
    public record OwnerRecord(Long residentId, String name, String identity) {

        /** An owner known by their resident row alone, or (resident null) by name alone. */
        public OwnerRecord(Long residentId, String name) {
            this(residentId, name, residentId == null ? null : "R:" + residentId);
        }

        String personKey(long unitId) {
            return identity != null ? identity : "U:" + unitId;
        }
    }

    /**
     * One voting person: their units, summed area, names, the residents who may vote for them, and whether the
     * register identifies them (false: an owner with no identity on file, counted for their unit alone).
     */
    public record Elector(String personKey, String displayName, long area, List<UnitRecord> units,
            Set<Long> residentIds, boolean identified) {

        public List<Long> unitIds() {
            return units.stream().map(UnitRecord::unitId).toList();
        }
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
            byPerson.computeIfAbsent(groups.root(unit.personKeys().getFirst()), k -> new ArrayList<>()).add(unit);
        }
        return byPerson.values().stream().map(Electorate::elector).toList();
    }

    private static Elector elector(List<UnitRecord> units) {
        Set<String> names = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        Set<Long> residents = new LinkedHashSet<>();
        for (UnitRecord unit : units) {
            keys.addAll(unit.personKeys());
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
        long area = units.stream().mapToLong(UnitRecord::votingArea).sum();
        boolean identified = developer || keys.stream().noneMatch(k -> k.startsWith("U:"));
        return new Elector(developer ? DEVELOPER : keys.iterator().next(),
                developer ? DEVELOPER : String.join("、", names), area, List.copyOf(units), residents, identified);
    }

    /** Union–find over owner keys: owners who share a unit, and units that share an owner, end up together. */
    private static final class OwnerGroups {

        private final Map<String, String> parent = new HashMap<>();

        void join(UnitRecord unit) {
            List<String> keys = unit.personKeys();
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
