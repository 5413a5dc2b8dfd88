package org.gongzhi.community.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gongzhi.community.AoyuanSeed;
import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.pii.PiiCipher;

/**
 * The Aoyuan residential area as the seed article describes it: 5,309 households in 337 stairwells, 15 grids
 * served by 8 grid party branches, about 15,000 residents. Deterministic: the same register on every run.
 */
@Component
public class AoyuanRegister {

    static final int STAIRWELLS = 337;
    static final int GRIDS = 15;
    static final int BRANCHES = 8;
    static final int HOUSEHOLDS = 5_309;
    static final int FLOORS = 8;
    static final int ROOMS_PER_FLOOR = 2;
    static final int DEVELOPER_HELD_UNITS = 40;
    /** Ages are reckoned from this day so that the register does not depend on when it is seeded. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 1);
    private static final String DIVISION = "310117";

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;

    AoyuanRegister(JdbcTemplate jdbc, PiiCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public AoyuanSeed seed() {
        return new Builder(AOYUAN).build();
    }

    /**
     * A smaller community of the same subdistrict for the demo, laid out like Aoyuan (eight floors, two homes a floor)
     * with a random source of its own; its rows take ids after every row already there. Returns its id.
     */
    public long seed(Plan plan) {
        new Builder(plan).build();
        return jdbc.queryForObject("select id from community where code = ?", Long.class, plan.code());
    }

    /**
     * How a demo community is laid out: its grids, each grid's buildings (stairwells per building), the grids of
     * the south zone, its party branches (two neighbouring grids each), how many homes are lived in, how many the
     * developer still holds, and the seeds of its random sources.
     */
    public record Plan(String code, String name, String stairwellPrefix, String developer, int[][] buildingsOfGrid,
            int southGrids, int branches, int households, int developerHeld, long seed, long ownerSeed) {

        int grids() {
            return buildingsOfGrid.length;
        }

        int stairwells() {
            int n = 0;
            for (int[] grid : buildingsOfGrid) {
                for (int stairwells : grid) {
                    n += stairwells;
                }
            }
            return n;
        }

        int branchOfGrid(int grid) {
            return Math.min((grid + 1) / 2, branches);
        }
    }

    static final Plan AOYUAN = aoyuanPlan();

    private static Plan aoyuanPlan() {
        int[][] layout = new int[GRIDS][];
        for (int g = 1; g <= GRIDS; g++) {
            layout[g - 1] = buildingsOfGrid(g);
        }
        return new Plan("AOYUAN", "奥园居民区", "AY", "上海奥园置业有限公司", layout, 8, BRANCHES, HOUSEHOLDS,
                DEVELOPER_HELD_UNITS, 20_241_128L, 20_261_203L);
    }

    /** One seeding run: the random source, the id counters and the rows, written in batches at the end. */
    private final class Builder {

        private final Plan plan;
        private final Random random;
        private final Names names;
        private final Set<String> idNumbers = new HashSet<>();
        private final Set<String> phones = new HashSet<>();
        /**
         * Owners' identities come from a source of their own, so that adding them left every other row of the
         * register as it was seeded before.
         */
        private final Random ownerRandom;
        private final Set<String> ownerIdNumbers = new HashSet<>();
        /** Name and ID number of owners who do not live here, and of owner-occupiers, for owners of several units. */
        private final List<String[]> landlords = new ArrayList<>();
        private final List<String[]> occupiers = new ArrayList<>();
        private String[] lastIdentity;

        private final List<Object[]> buildings = new ArrayList<>();
        private final List<Object[]> stairwells = new ArrayList<>();
        private final List<Object[]> units = new ArrayList<>();
        private final List<Object[]> households = new ArrayList<>();
        private final List<Object[]> residents = new ArrayList<>();
        private final List<Object[]> owners = new ArrayList<>();
        private final List<Object[]> volunteers = new ArrayList<>();
        private final List<Object[]> partyGroups = new ArrayList<>();

        /** Party members by building and by stairwell, in the order they were created. */
        private final List<List<long[]>> membersByBuilding = new ArrayList<>();
        private final List<Long> stairwellBuilding = new ArrayList<>();
        private final List<Integer> stairwellGrid = new ArrayList<>();
        private final List<List<Long>> membersByStairwell = new ArrayList<>();

        private long residentId;
        private long householdId;
        private long unitId;
        private long ownerId;
        private long residentInGridOne;
        private long ownerInNorthZone;
        /** The highest id of each table before this community, after which its rows are numbered. */
        private final long communityId;
        private final long zoneBase;
        private final long generalBranchId;
        private final long branchBase;
        private final long gridBase;
        private final long buildingBase;
        private final long stairwellBase;
        private final long partyGroupBase;
        /** ID numbers of the communities already registered, which no one here may share. */
        private final Set<String> takenDigests;

        Builder(Plan plan) {
            this.plan = plan;
            this.random = new Random(plan.seed());
            this.names = new Names(random);
            this.ownerRandom = new Random(plan.ownerSeed());
            this.communityId = max("community") + 1;
            this.zoneBase = max("zone");
            this.generalBranchId = max("party_general_branch") + 1;
            this.branchBase = max("grid_branch");
            this.gridBase = max("grid");
            this.buildingBase = max("building");
            this.stairwellBase = max("stairwell");
            this.partyGroupBase = max("party_group");
            this.residentId = max("resident");
            this.householdId = max("household");
            this.unitId = max("unit");
            this.ownerId = max("unit_owner");
            this.takenDigests = new HashSet<>(jdbc.queryForList("select id_card_digest from resident where "
                    + "id_card_digest is not null union select id_card_digest from unit_owner where "
                    + "id_card_digest is not null", String.class));
        }

        private long max(String table) {
            return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        }

        AoyuanSeed build() {
            long c = communityId;
            jdbc.update("insert into community (id, code, name, subdistrict, division_code) values (?, ?, ?, "
                    + "'九里亭街道', ?)", c, plan.code(), plan.name(), DIVISION);
            jdbc.update("insert into zone (id, community_id, code, name) values (?, ?, 'S', '南区'), "
                    + "(?, ?, 'N', '北区')", zoneBase + 1, c, zoneBase + 2, c);
            jdbc.update("insert into party_general_branch (id, community_id, name) values (?, ?, ?)", generalBranchId,
                    c, plan.name() + "党总支");
            for (int b = 1; b <= plan.branches(); b++) {
                jdbc.update("insert into grid_branch (id, community_id, general_branch_id, number, name) "
                        + "values (?, ?, ?, ?, ?)", branchBase + b, c, generalBranchId, b,
                        "第" + Names.CHINESE_NUMBERS[b] + "网格党支部");
            }
            for (int g = 1; g <= plan.grids(); g++) {
                jdbc.update("insert into grid (id, community_id, grid_branch_id, number, name) values (?, ?, ?, ?, ?)",
                        gridBase + g, c, branchBase + plan.branchOfGrid(g), g, "第" + g + "网格");
            }
            int occupiedTarget = plan.households();
            int totalUnits = plan.stairwells() * FLOORS * ROOMS_PER_FLOOR;
            Set<Integer> emptyUnits = chooseEmptyUnits(totalUnits - occupiedTarget);
            int building = 0;
            int stairwell = 0;
            int unitIndex = 0;
            for (int g = 1; g <= plan.grids(); g++) {
                for (int stairwellsInBuilding : plan.buildingsOfGrid()[g - 1]) {
                    building++;
                    long zone = zoneBase + (g <= plan.southGrids() ? 1 : 2);
                    buildings.add(new Object[] {buildingBase + building, zone, building, FLOORS});
                    membersByBuilding.add(new ArrayList<>());
                    for (int s = 1; s <= stairwellsInBuilding; s++) {
                        stairwell++;
                        stairwells.add(new Object[] {stairwellBase + stairwell, buildingBase + building, s,
                                plan.stairwellPrefix() + "-" + building + "-" + s, gridBase + g});
                        stairwellBuilding.add((long) building);
                        stairwellGrid.add(g);
                        membersByStairwell.add(new ArrayList<>());
                        for (int floor = 1; floor <= FLOORS; floor++) {
                            for (int room = 1; room <= ROOMS_PER_FLOOR; room++) {
                                unit(stairwell, building, g, floor, floor * 100 + room,
                                        emptyUnits.contains(unitIndex), unitIndex >= totalUnits
                                                - plan.developerHeld());
                                unitIndex++;
                            }
                        }
                    }
                }
            }
            write();
            long[] leaders = organise();
            return new AoyuanSeed(c, zoneBase + 2, branchBase + 1, residentInGridOne, leaders[0], ownerInNorthZone);
        }

        /** The developer still holds the last units of the last building; the others are spread out. */
        private Set<Integer> chooseEmptyUnits(int count) {
            int totalUnits = plan.stairwells() * FLOORS * ROOMS_PER_FLOOR;
            Set<Integer> empty = new HashSet<>();
            for (int i = 0; i < plan.developerHeld(); i++) {
                empty.add(totalUnits - 1 - i);
            }
            while (empty.size() < count) {
                int candidate = random.nextInt(totalUnits - plan.developerHeld());
                if (candidate >= FLOORS * ROOMS_PER_FLOOR) {
                    empty.add(candidate);
                }
            }
            return empty;
        }

        private void unit(int stairwell, int building, int grid, int floor, int room, boolean empty,
                boolean developerHeld) {
            unitId++;
            long area = 5_000 + random.nextInt(11_001);
            int source = random.nextInt(100);
            units.add(new Object[] {unitId, stairwellBase + stairwell, String.valueOf(room), floor,
                    source < 94 ? area : null, source >= 94 && source < 99 ? area : null,
                    source >= 99 ? area : area + random.nextInt(300), developerHeld});
            if (developerHeld) {
                developerOwns(LocalDate.of(2012, 6, 30));
                return;
            }
            if (empty) {
                landlord(names.name(random.nextBoolean()), LocalDate.of(2012 + random.nextInt(10), 7, 1));
                return;
            }
            boolean demoResident = building == 1 && room == 301 && stairwell == 1;
            boolean demoNorthOwner = grid == 9 && room == 502 && ownerInNorthZone == 0;
            household(stairwell, building, grid, demoResident || demoNorthOwner || random.nextInt(100) < 85,
                    demoResident ? 2 : householdSize(), demoResident, demoNorthOwner);
        }

        private int householdSize() {
            int roll = random.nextInt(100);
            if (roll < 16) {
                return 1;
            }
            if (roll < 47) {
                return 2;
            }
            if (roll < 72) {
                return 3;
            }
            if (roll < 88) {
                return 4;
            }
            return roll < 96 ? 5 : 6;
        }

        private void household(int stairwell, int building, int grid, boolean ownerOccupied, int size,
                boolean demoResident, boolean demoNorthOwner) {
            householdId++;
            LocalDate movedIn = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
            households.add(new Object[] {householdId, unitId, movedIn});
            int headAge = switch (size) {
                case 1 -> random.nextInt(100) < 60 ? 65 + random.nextInt(30) : 24 + random.nextInt(20);
                case 2 -> random.nextInt(100) < 55 ? 58 + random.nextInt(32) : 26 + random.nextInt(20);
                default -> 30 + random.nextInt(22);
            };
            if (demoResident) {
                headAge = 67;
            }
            boolean headMale = random.nextBoolean();
            String surname = names.surname();
            long head = resident(stairwell, building, surname, headMale, headAge, "HOUSEHOLDER",
                    ownerOccupied ? "OWNER" : "TENANT", movedIn);
            if (ownerOccupied) {
                owner(head, null, movedIn);
                if (lastIdentity != null) {
                    occupiers.add(lastIdentity);
                }
            } else {
                landlord(names.name(random.nextBoolean()), movedIn.minusYears(1 + random.nextInt(5)));
            }
            if (demoResident) {
                residentInGridOne = head;
            }
            if (demoNorthOwner) {
                ownerInNorthZone = head;
            }
            String family = ownerOccupied ? "FAMILY" : "TENANT";
            if (size >= 2) {
                int spouseAge = Math.max(20, headAge + random.nextInt(9) - 4);
                long spouse = resident(stairwell, building, names.surname(), !headMale, spouseAge, "SPOUSE", family,
                        movedIn);
                if (ownerOccupied && random.nextInt(100) < 40) {
                    owner(spouse, null, movedIn);
                }
            }
            int children = Math.min(size - 2, size >= 5 ? 2 : 3);
            for (int c = 0; c < children; c++) {
                int childAge = Math.max(0, headAge - 24 - random.nextInt(12));
                resident(stairwell, building, surname, random.nextBoolean(), childAge, "CHILD", family, movedIn);
            }
            for (int p = 2 + Math.max(children, 0); p < size; p++) {
                resident(stairwell, building, names.surname(), random.nextBoolean(),
                        Math.min(97, headAge + 24 + random.nextInt(10)), "PARENT", family, movedIn);
            }
        }

        private long resident(int stairwell, int building, String surname, boolean male, int age, String relation,
                String type, LocalDate householdMovedIn) {
            residentId++;
            LocalDate born = REFERENCE_DAY.minusYears(age).minusDays(1 + random.nextInt(364));
            LocalDate movedIn = born.isAfter(householdMovedIn) ? born : householdMovedIn;
            String name = surname + names.given(male, age);
            String phone = age >= 14 && random.nextInt(100) < 93 ? phone() : null;
            String id = random.nextInt(100) < 97 ? idNumber(born, male) : null;
            boolean member = age >= 18 && random.nextInt(1000) < (age >= 60 ? 180 : 100);
            lastIdentity = id == null ? null : new String[] {name, id};
            residents.add(new Object[] {residentId, householdId, name, male ? "M" : "F", born, phone,
                    phone == null ? null : phone.substring(7), id == null ? null : cipher.encrypt(id),
                    id == null ? null : cipher.digest(id), id == null ? null : IdCardNumber.parse(id).orElseThrow()
                            .masked(), relation, type, member, movedIn});
            if (member && phone != null) {
                membersByBuilding.get(building - 1).add(new long[] {residentId, stairwell});
                membersByStairwell.get(stairwell - 1).add(residentId);
            }
            return residentId;
        }

        private void owner(Long resident, String name, LocalDate from) {
            owner(resident, name, null, from);
        }

        private void owner(Long resident, String name, String idNumber, LocalDate from) {
            ownerId++;
            owners.add(new Object[] {ownerId, unitId, resident, name, from,
                    idNumber == null ? null : cipher.encrypt(idNumber), idNumber == null ? null : cipher.digest(idNumber),
                    idNumber == null ? null : IdCardNumber.parse(idNumber).orElseThrow().masked()});
        }

        private void developerOwns(LocalDate from) {
            owner(null, plan.developer(), from);
        }

        /**
         * An owner who does not live in the unit. Most have their ID number on file; a few do not yet (staff
         * complete them), some own another unit here too, as a landlord or where they live, and namesakes are
         * different people with numbers of their own.
         */
        private void landlord(String name, LocalDate from) {
            int roll = ownerRandom.nextInt(100);
            if (roll < 3) {
                owner(null, name, null, from);
            } else if (roll < 6 && !landlords.isEmpty()) {
                String[] same = landlords.get(ownerRandom.nextInt(landlords.size()));
                owner(null, same[0], same[1], from);
            } else if (roll < 8 && !occupiers.isEmpty()) {
                String[] same = occupiers.get(ownerRandom.nextInt(occupiers.size()));
                owner(null, same[0], same[1], from);
            } else {
                String idNumber = landlordIdNumber();
                landlords.add(new String[] {name, idNumber});
                owner(null, name, idNumber, from);
            }
        }

        /** Owners who live elsewhere were registered elsewhere: another division code than the residents'. */
        private String landlordIdNumber() {
            while (true) {
                LocalDate born = LocalDate.of(1945, 1, 1).plusDays(ownerRandom.nextInt(45 * 365));
                String first17 = "310104" + born.toString().replace("-", "")
                        + String.format("%03d", ownerRandom.nextInt(1000));
                String id = first17 + IdCardNumber.checkDigit(first17);
                if (ownerIdNumbers.add(id) && (takenDigests.isEmpty() || !takenDigests.contains(cipher.digest(id)))) {
                    return id;
                }
            }
        }

        private String phone() {
            String[] prefixes = {"135", "136", "138", "139", "150", "152", "158", "159", "177", "186", "188", "189"};
            while (true) {
                String candidate = prefixes[random.nextInt(prefixes.length)]
                        + String.format("%08d", random.nextInt(100_000_000));
                if (phones.add(candidate)) {
                    return candidate;
                }
            }
        }

        private String idNumber(LocalDate born, boolean male) {
            while (true) {
                int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
                String first17 = DIVISION + born.toString().replace("-", "") + String.format("%03d", sequence);
                String id = first17 + IdCardNumber.checkDigit(first17);
                if (idNumbers.add(id) && (takenDigests.isEmpty() || !takenDigests.contains(cipher.digest(id)))) {
                    return id;
                }
            }
        }

        private void write() {
            jdbc.batchUpdate("insert into building (id, community_id, zone_id, number, floors) values (?, " + communityId + ", ?, ?, ?)",
                    buildings);
            jdbc.batchUpdate("insert into stairwell (id, community_id, building_id, unit_number, code, grid_id) "
                    + "values (?, " + communityId + ", ?, ?, ?, ?)", stairwells);
            jdbc.batchUpdate("insert into unit (id, community_id, stairwell_id, room, floor, register_area, "
                    + "survey_area, contract_area, developer_held) values (?, " + communityId + ", ?, ?, ?, ?, ?, ?, ?)", units);
            jdbc.batchUpdate("insert into household (id, community_id, unit_id, formed_on) values (?, " + communityId + ", ?, ?)",
                    households);
            jdbc.batchUpdate("insert into resident (id, community_id, household_id, name, gender, birth_date, phone, "
                    + "phone_tail, id_card_cipher, id_card_digest, id_card_masked, relation, residence_type, "
                    + "party_member, moved_in) values (?, " + communityId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", residents);
            jdbc.batchUpdate("insert into unit_owner (id, community_id, unit_id, resident_id, owner_name, owned_from, "
                    + "id_card_cipher, id_card_digest, id_card_masked) "
                    + "values (?, " + communityId + ", ?, ?, coalesce(?, (select name from resident where id = ?)), ?, ?, ?, ?)",
                    owners.stream().map(o -> new Object[] {o[0], o[1], o[2], o[3], o[2], o[4], o[5], o[6], o[7]})
                            .toList());
        }

        /**
         * The four levels: a party group over each building led by one of its party members, one or two
         * party-member volunteers serving each stairwell, a secretary for each grid branch, a leader for the
         * general branch. Returns the secretary of branch 1.
         */
        private long[] organise() {
            long[] secretaries = new long[plan.branches() + 1];
            for (int b = 0; b < membersByBuilding.size(); b++) {
                List<long[]> members = membersByBuilding.get(b);
                int grid = gridOfBuilding(b + 1);
                Long leader = members.isEmpty() ? null : members.get(0)[0];
                partyGroups.add(new Object[] {partyGroupBase + b + 1, branchBase + plan.branchOfGrid(grid),
                        (b + 1) + "号楼楼组党小组", leader});
                int branch = plan.branchOfGrid(grid);
                if (secretaries[branch] == 0 && members.size() > 1) {
                    secretaries[branch] = members.get(1)[0];
                }
            }
            jdbc.batchUpdate("insert into party_group (id, community_id, grid_branch_id, name, leader_resident_id) "
                    + "values (?, " + communityId + ", ?, ?, ?)", partyGroups);
            for (int s = 0; s < plan.stairwells(); s++) {
                long building = stairwellBuilding.get(s);
                jdbc.update("update stairwell set party_group_id = ? where id = ?", partyGroupBase + building,
                        stairwellBase + s + 1);
                List<Long> serving = new ArrayList<>(membersByStairwell.get(s).stream().limit(2).toList());
                if (serving.isEmpty() && !membersByBuilding.get((int) building - 1).isEmpty()) {
                    serving.add(membersByBuilding.get((int) building - 1).get(0)[0]);
                }
                for (Long member : serving) {
                    volunteers.add(new Object[] {partyGroupBase + building, member, stairwellBase + s + 1});
                }
            }
            jdbc.batchUpdate("insert into party_volunteer (community_id, party_group_id, resident_id, stairwell_id) "
                    + "values (" + communityId + ", ?, ?, ?)", volunteers);
            for (int b = 1; b <= plan.branches(); b++) {
                jdbc.update("update grid_branch set secretary_resident_id = ? where id = ?", secretaries[b],
                        branchBase + b);
            }
            jdbc.update("update party_general_branch set leader_resident_id = ? where id = ?",
                    membersByBuilding.get(0).get(0)[0], generalBranchId);
            restartIdentities();
            return new long[] {secretaries[1]};
        }

        private int gridOfBuilding(int building) {
            int seen = 0;
            for (int g = 1; g <= plan.grids(); g++) {
                seen += plan.buildingsOfGrid()[g - 1].length;
                if (building <= seen) {
                    return g;
                }
            }
            throw new IllegalArgumentException("no building " + building);
        }

        /** Ids were assigned here, so each identity column must continue after the highest one. */
        private void restartIdentities() {
            for (String table : List.of("community", "zone", "party_general_branch", "grid_branch", "grid",
                    "building", "stairwell", "unit", "household", "resident", "unit_owner", "party_group",
                    "party_volunteer")) {
                Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
                jdbc.execute("alter table " + table + " alter column id restart with " + (max + 1));
            }
        }
    }

    /** Branches 1–7 each serve two neighbouring grids, branch 8 serves grid 15. */
    static int branchOfGrid(int grid) {
        return Math.min((grid + 1) / 2, BRANCHES);
    }

    /** Stairwells per building in a grid: grids 1–7 have 23 stairwells, grids 8–15 have 22. */
    static int[] buildingsOfGrid(int grid) {
        return grid <= 7 ? new int[] {6, 6, 6, 5} : new int[] {6, 6, 5, 5};
    }
}
