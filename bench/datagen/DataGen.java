import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.security.crypto.bcrypt.BCrypt;

import org.gongzhi.community.resident.IdCardNumber;
import org.gongzhi.shared.pii.PiiCipher;
import org.gongzhi.shared.pii.PiiKeys;

/**
 * Deterministic bench data (issue 14, item 1): FACTOR communities shaped like the Aoyuan demo community (15 grids,
 * 8 grid branches, 337 stairwells, 5,309 households, about 15,000 residents), each with accounts, proposals with
 * comments and supports, owners' votes with electors and ballots, renewal projects with their spending, work
 * orders, patrols, events, volunteers and pets. Community 1 also holds 10,000 proposals and one 1,000-comment
 * thread. The same FACTOR and SEED give the same rows, byte for byte.
 *
 * <p>The schema is the application's own: Flyway runs the migrations from the classpath (target/classes) on an
 * empty database first. PostgreSQL is loaded with COPY (pgjdbc's CopyManager), H2 with batched inserts. Rows are
 * written by column name: a column the database lacks is left out, and every table that has a community_id column
 * gets it filled, whether or not the generator names it (read from information_schema at run time).
 *
 * <p>ID numbers are encrypted with a key derived from the seed (printed, and written to {@code --key-file}); start
 * the application with that key in GONGZHI_PII_KEY. Accounts rc.staff.cN, pm.staff.cN, secretary.cN, resident.cN
 * (N the community's number, 1..FACTOR) sign in with the password gongzhi-demo.
 *
 * <p>Usage: {@code java -cp <app classpath> DataGen.java FACTOR SEED JDBC-URL [USER [PASSWORD]]}; see bench/README.md.
 */
public class DataGen {

    static final String PASSWORD = "gongzhi-demo";
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 11, 1);
    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    /** Fewer grids (and proportionally fewer households) only in the generator's own test. */
    static final int GRIDS = Integer.getInteger("datagen.grids", 15);
    static final int BRANCHES = 8;
    static final int FLOORS = 8;
    static final int ROOMS = 2;
    static final int HOUSEHOLDS = 5_309;
    /** Community 1's proposals and its longest thread; smaller only in the generator's own test. */
    static final int BIG_COMMUNITY_PROPOSALS = Integer.getInteger("datagen.proposals", 10_000);
    static final int LONG_THREAD = Integer.getInteger("datagen.thread", 1_000);

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DataGen FACTOR SEED JDBC-URL [USER [PASSWORD]]");
            System.exit(2);
        }
        int factor = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        String url = args[2];
        String user = args.length > 3 ? args[3] : url.startsWith("jdbc:h2:") ? "sa" : "postgres";
        String password = args.length > 4 ? args[4] : "";
        Result result = run(factor, seed, url, user, password, true);
        System.out.println(result.report());
    }

    /** What a run wrote: rows and a checksum per table, the times, the key. */
    public record Result(Map<String, Long> rows, Map<String, Long> checksums, long migrateMillis, long loadMillis,
            String piiKey) {

        String report() {
            StringBuilder out = new StringBuilder();
            long total = 0;
            for (Map.Entry<String, Long> e : new TreeMap<>(rows).entrySet()) {
                out.append(String.format("%-28s %,12d rows   crc %08x%n", e.getKey(), e.getValue(),
                        checksums.get(e.getKey())));
                total += e.getValue();
            }
            out.append(String.format("%-28s %,12d rows%n", "total", total));
            out.append(String.format("schema (Flyway) %.1f s, generation and load %.1f s%n", migrateMillis / 1000.0,
                    loadMillis / 1000.0));
            out.append("GONGZHI_PII_KEY=").append(piiKey).append('\n');
            return out.toString();
        }
    }

    public static Result run(int factor, long seed, String url, String user, String password, boolean progress)
            throws Exception {
        long t0 = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").outOfOrder(true)
                .load().migrate();
        long t1 = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from community")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds communities: generate into an empty one");
                }
            }
            Sink sink = new Sink(connection);
            String key = keyFor(seed);
            Generator generator = new Generator(sink, seed, key);
            long generating = 0;
            long writing = 0;
            for (int c = 1; c <= factor; c++) {
                long g0 = System.nanoTime();
                generator.community(c);
                long g1 = System.nanoTime();
                sink.flush(c);
                connection.commit();
                generating += g1 - g0;
                writing += System.nanoTime() - g1;
                if (progress && (c % 10 == 0 || c == factor)) {
                    System.err.printf("community %d of %d written, %.1f s (generating %.1f s, writing %.1f s)%n", c,
                            factor, (System.nanoTime() - t1) / 1e9, generating / 1e9, writing / 1e9);
                }
            }
            sink.restartIdentities();
            connection.commit();
            if (sink.postgres) {
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("analyze");
                }
            }
            long t2 = System.nanoTime();
            return new Result(sink.rows, sink.checksums, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, key);
        }
    }

    /** A 32-byte AES master key from the seed, base64: the same seed always reads its own ID numbers. */
    static String keyFor(long seed) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(("gongzhi-datagen-pii-" + seed).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(key);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Writing: rows buffered per table for one community, then COPY (PostgreSQL) or batched inserts (H2) in the
    // order the tables were first used, parents before children.

    static final class Tab {
        final String name;
        final String[] columns;
        final List<Object[]> rows = new ArrayList<>();

        Tab(String name, String... columns) {
            this.name = name;
            this.columns = columns;
        }

        void add(Object... values) {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns.length
                        + " columns");
            }
            rows.add(values);
        }
    }

    static final class Sink {
        final Connection connection;
        final boolean postgres;
        final Map<String, Set<String>> schema = new HashMap<>();
        final Map<String, Set<String>> identities = new HashMap<>();
        final Map<String, Tab> tabs = new LinkedHashMap<>();
        final Map<String, Long> rows = new TreeMap<>();
        final Map<String, Long> checksums = new TreeMap<>();
        final Map<String, CRC32> crcs = new HashMap<>();
        final Set<String> warned = new HashSet<>();

        Sink(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres");
            try (PreparedStatement ps = connection.prepareStatement("""
                    select lower(table_name), lower(column_name), is_identity from information_schema.columns
                    where lower(table_schema) = 'public'""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schema.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    if ("YES".equalsIgnoreCase(rs.getString(3))) {
                        identities.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
        }

        Tab tab(String name, String... columns) {
            return tabs.computeIfAbsent(name, n -> new Tab(n, columns));
        }

        void flush(long community) throws SQLException, IOException {
            for (Tab tab : tabs.values()) {
                if (tab.rows.isEmpty()) {
                    continue;
                }
                Set<String> present = schema.get(tab.name);
                if (present == null) {
                    warn("table " + tab.name + " does not exist: its rows are left out");
                    tab.rows.clear();
                    continue;
                }
                List<Integer> keep = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < tab.columns.length; i++) {
                    if (present.contains(tab.columns[i])) {
                        keep.add(i);
                        names.add(tab.columns[i]);
                    } else {
                        warn(tab.name + "." + tab.columns[i] + " does not exist: left out");
                    }
                }
                boolean addCommunity = present.contains("community_id") && !names.contains("community_id");
                if (addCommunity) {
                    names.add("community_id");
                }
                CRC32 crc = crcs.computeIfAbsent(tab.name, k -> new CRC32());
                StringBuilder text = new StringBuilder(tab.rows.size() * 64);
                List<Object[]> projected = new ArrayList<>(tab.rows.size());
                for (Object[] row : tab.rows) {
                    Object[] out = new Object[names.size()];
                    for (int i = 0; i < keep.size(); i++) {
                        out[i] = row[keep.get(i)];
                    }
                    if (addCommunity) {
                        out[out.length - 1] = community;
                    }
                    projected.add(out);
                    for (int i = 0; i < out.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        copyText(text, out[i]);
                    }
                    text.append('\n');
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                crc.update(bytes);
                String columnList = String.join(", ", names);
                if (postgres) {
                    PGConnection pg = connection.unwrap(PGConnection.class);
                    try (OutputStream out = new PGCopyOutputStream(pg, "copy " + tab.name + " (" + columnList
                            + ") from stdin", 1 << 16)) {
                        out.write(bytes);
                    }
                } else {
                    String marks = String.join(", ", names.stream().map(n -> "?").toList());
                    try (PreparedStatement ps = connection.prepareStatement("insert into " + tab.name + " ("
                            + columnList + ") values (" + marks + ")")) {
                        int n = 0;
                        for (Object[] row : projected) {
                            for (int i = 0; i < row.length; i++) {
                                ps.setObject(i + 1, row[i]);
                            }
                            ps.addBatch();
                            if (++n % 1000 == 0) {
                                ps.executeBatch();
                            }
                        }
                        ps.executeBatch();
                    }
                }
                rows.merge(tab.name, (long) tab.rows.size(), Long::sum);
                checksums.put(tab.name, crc.getValue());
                tab.rows.clear();
            }
        }

        void warn(String message) {
            if (warned.add(message)) {
                System.err.println("datagen: " + message);
            }
        }

        /** Ids were given here: each identity column continues after the highest one. */
        void restartIdentities() throws SQLException {
            for (Map.Entry<String, Set<String>> e : new TreeMap<>(identities).entrySet()) {
                for (String column : e.getValue()) {
                    long max;
                    try (Statement st = connection.createStatement();
                            ResultSet rs = st.executeQuery("select coalesce(max(" + column + "), 0) from " + e.getKey())) {
                        rs.next();
                        max = rs.getLong(1);
                    }
                    if (max > 0) {
                        try (Statement st = connection.createStatement()) {
                            st.execute("alter table " + e.getKey() + " alter column " + column + " restart with "
                                    + (max + 1));
                        }
                    }
                }
            }
        }

        static void copyText(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
            } else if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (value instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    char ch = s.charAt(i);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            } else {
                out.append(value);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Generating

    static final class Generator {
        final Sink sink;
        final long seed;
        final PiiCipher cipher;
        final String passwordHash;
        final Map<String, long[]> ids = new HashMap<>();
        final Set<String> usedIdNumbers = new HashSet<>();

        // one community's state
        long community;
        Random random;
        final List<long[]> stairwells = new ArrayList<>(); // id, building id, building number, unit number, grid id, branch number
        final List<String> stairwellCodes = new ArrayList<>();
        final List<long[]> households = new ArrayList<>(); // id, unit id, stairwell index
        final List<Resident> residents = new ArrayList<>();
        final List<long[]> ownedUnits = new ArrayList<>(); // unit id, area, owner resident id or 0, owner row id
        final Map<Long, String> ownerKeys = new HashMap<>();
        final long[] gridIds = new long[GRIDS + 1];
        final long[] branchIds = new long[BRANCHES + 1];
        final List<Long> accounts = new ArrayList<>();
        String staffName;

        record Resident(long id, long household, int stairwell, String name, int age, boolean phone, boolean member) {
        }

        Generator(Sink sink, long seed, String key) throws Exception {
            this.sink = sink;
            this.seed = seed;
            this.cipher = new PiiCipher(PiiKeys.parse(key));
            // a seeded source for the ciphers' IVs, so that the same seed gives the same ciphertexts
            SecureRandom ivs = SecureRandom.getInstance("SHA1PRNG");
            ivs.setSeed(seed);
            Field field = PiiCipher.class.getDeclaredField("random");
            field.setAccessible(true);
            field.set(cipher, ivs);
            SecureRandom salt = SecureRandom.getInstance("SHA1PRNG");
            salt.setSeed(seed ^ 0x5EEDL);
            this.passwordHash = "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt(10, salt));
        }

        long next(String table) {
            return ++ids.computeIfAbsent(table, k -> new long[1])[0];
        }

        OffsetDateTime at(LocalDate day, int hour, int minute) {
            return OffsetDateTime.of(day, LocalTime.of(hour, minute), CST);
        }

        OffsetDateTime daysBefore(int maxDays) {
            return at(REFERENCE_DAY.minusDays(random.nextInt(maxDays)), 8 + random.nextInt(12), random.nextInt(60));
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        Resident adult() {
            while (true) {
                Resident r = pick(residents);
                if (r.age >= 18) {
                    return r;
                }
            }
        }

        void community(int number) throws Exception {
            this.community = next("community");
            this.random = new Random(seed * 1_000_003L + number);
            stairwells.clear();
            stairwellCodes.clear();
            households.clear();
            residents.clear();
            ownedUnits.clear();
            ownerKeys.clear();
            accounts.clear();
            register(number);
            accounts(number);
            proposals(number == 1);
            votes();
            cases();
            patrols();
            events();
            volunteers();
            pets();
            renewal();
            notices();
        }

        // -- register ---------------------------------------------------------------------------------------------

        void register(int number) {
            String division = String.format("31%04d", 100 + number); // a division code of its own: ID numbers differ
            sink.tab("community", "id", "code", "name", "subdistrict", "division_code")
                    .add(community, String.format("GEN%03d", number), "生成" + number + "号居民区",
                            "生成" + ((number - 1) / 10 + 1) + "街道", division);
            Tab zone = sink.tab("zone", "id", "community_id", "code", "name");
            long south = next("zone");
            zone.add(south, community, "S", "南区");
            long north = next("zone");
            zone.add(north, community, "N", "北区");
            long general = next("party_general_branch");
            sink.tab("party_general_branch", "id", "community_id", "name").add(general, community, "生成" + number
                    + "号居民区党总支");
            Tab branch = sink.tab("grid_branch", "id", "community_id", "general_branch_id", "number", "name");
            for (int b = 1; b <= BRANCHES; b++) {
                branchIds[b] = next("grid_branch");
                branch.add(branchIds[b], community, general, b, "第" + b + "网格党支部");
            }
            Tab grid = sink.tab("grid", "id", "community_id", "grid_branch_id", "number", "name");
            for (int g = 1; g <= GRIDS; g++) {
                gridIds[g] = next("grid");
                grid.add(gridIds[g], community, branchIds[branchOf(g)], g, "第" + g + "网格");
            }
            Tab building = sink.tab("building", "id", "community_id", "zone_id", "number", "floors");
            Tab group = sink.tab("party_group", "id", "community_id", "grid_branch_id", "name");
            Tab stairwell = sink.tab("stairwell", "id", "community_id", "building_id", "unit_number", "code", "grid_id",
                    "party_group_id");
            List<long[]> unitsToBe = new ArrayList<>(); // stairwell index, floor, room
            int buildingNumber = 0;
            for (int g = 1; g <= GRIDS; g++) {
                int[] layout = g <= 7 ? new int[] {6, 6, 6, 5} : new int[] {6, 6, 5, 5};
                for (int stairs : layout) {
                    buildingNumber++;
                    long b = next("building");
                    building.add(b, community, g <= 8 ? south : north, buildingNumber, FLOORS);
                    long pg = next("party_group");
                    group.add(pg, community, branchIds[branchOf(g)], buildingNumber + "号楼楼组党小组");
                    for (int s = 1; s <= stairs; s++) {
                        long id = next("stairwell");
                        String code = "C" + number + "-" + buildingNumber + "-" + s;
                        stairwell.add(id, community, b, s, code, gridIds[g], pg);
                        stairwells.add(new long[] {id, b, buildingNumber, s, gridIds[g], branchOf(g)});
                        stairwellCodes.add(code);
                        for (int f = 1; f <= FLOORS; f++) {
                            for (int r = 1; r <= ROOMS; r++) {
                                unitsToBe.add(new long[] {stairwells.size() - 1, f, f * 100 + r});
                            }
                        }
                    }
                }
            }
            int totalUnits = unitsToBe.size();
            int developerHeld = Math.min(40, totalUnits / 100);
            int occupied = (int) Math.round((double) HOUSEHOLDS * totalUnits / 5_392); // all 15 grids: 5,309
            Set<Integer> empty = new HashSet<>();
            while (empty.size() < totalUnits - occupied - developerHeld) {
                empty.add(random.nextInt(totalUnits - developerHeld));
            }
            Tab unit = sink.tab("unit", "id", "community_id", "stairwell_id", "room", "floor", "register_area",
                    "survey_area", "contract_area", "developer_held");
            Tab household = sink.tab("household", "id", "community_id", "unit_id", "formed_on");
            Tab resident = sink.tab("resident", "id", "community_id", "household_id", "name", "gender", "birth_date",
                    "phone", "phone_tail", "id_card_cipher", "id_card_digest", "id_card_masked", "relation",
                    "residence_type", "party_member", "moved_in");
            Tab owner = sink.tab("unit_owner", "id", "community_id", "unit_id", "resident_id", "owner_name",
                    "owned_from", "id_card_cipher", "id_card_digest", "id_card_masked");
            Tab volunteer = sink.tab("party_volunteer", "id", "community_id", "party_group_id", "resident_id",
                    "stairwell_id");
            Set<Long> servedStairwells = new HashSet<>();
            for (int i = 0; i < totalUnits; i++) {
                long[] u = unitsToBe.get(i);
                long[] sw = stairwells.get((int) u[0]);
                long unitId = next("unit");
                long area = 5_000 + random.nextInt(11_001);
                boolean developer = i >= totalUnits - developerHeld;
                unit.add(unitId, community, sw[0], String.valueOf(u[2]), (int) u[1], area, null, area
                        + random.nextInt(300), developer);
                LocalDate since = LocalDate.of(2008 + random.nextInt(16), 1 + random.nextInt(12), 1);
                if (developer) {
                    owner.add(next("unit_owner"), community, unitId, null, "生成置业有限公司", LocalDate.of(2012, 6, 30),
                            null, null, null);
                    continue;
                }
                if (empty.contains(i)) {
                    String[] id = identity(division, 30 + random.nextInt(50), random.nextBoolean());
                    long ownerId = next("unit_owner");
                    owner.add(ownerId, community, unitId, null, name(random.nextBoolean()), since, id[0], id[1], id[2]);
                    ownedUnits.add(new long[] {unitId, area, 0, ownerId});
                    ownerKeys.put(ownerId, "I:" + id[1]);
                    continue;
                }
                long hh = next("household");
                household.add(hh, community, unitId, since);
                households.add(new long[] {hh, unitId, u[0]});
                int size = householdSize();
                String surname = pick(SURNAMES);
                int headAge = size == 1 ? 25 + random.nextInt(70) : 30 + random.nextInt(50);
                boolean ownerOccupied = random.nextInt(100) < 85;
                Long headId = null;
                for (int p = 0; p < size; p++) {
                    int age = p == 0 ? headAge : p == 1 ? Math.max(20, headAge + random.nextInt(9) - 4)
                            : Math.max(0, headAge - 24 - random.nextInt(14));
                    boolean male = p == 0 ? random.nextBoolean() : random.nextBoolean();
                    String relation = p == 0 ? "HOUSEHOLDER" : p == 1 ? "SPOUSE" : "CHILD";
                    String type = p == 0 ? (ownerOccupied ? "OWNER" : "TENANT") : ownerOccupied ? "FAMILY" : "TENANT";
                    long rid = next("resident");
                    String fullName = (p == 1 ? pick(SURNAMES) : surname) + given(male);
                    LocalDate born = REFERENCE_DAY.minusYears(age).minusDays(1 + random.nextInt(364));
                    LocalDate movedIn = born.isAfter(since) ? born : since;
                    String phone = age >= 14 && random.nextInt(100) < 93 ? phone() : null;
                    String[] id = random.nextInt(100) < 97 ? identity(division, born, male) : null;
                    boolean member = age >= 18 && random.nextInt(1000) < (age >= 60 ? 180 : 100);
                    resident.add(rid, community, hh, fullName, male ? "M" : "F", born, phone,
                            phone == null ? null : phone.substring(7), id == null ? null : id[0],
                            id == null ? null : id[1], id == null ? null : id[2], relation, type, member, movedIn);
                    residents.add(new Resident(rid, hh, (int) u[0], fullName, age, phone != null, member));
                    if (p == 0) {
                        headId = rid;
                    }
                    if (member && phone != null && servedStairwells.add(sw[0])) {
                        volunteer.add(next("party_volunteer"), community, stairwellGroup(sw), rid, sw[0]);
                    }
                }
                if (ownerOccupied) {
                    long ownerId = next("unit_owner");
                    owner.add(ownerId, community, unitId, headId, residents.get(residents.size() - size).name, since,
                            null, null, null);
                    ownedUnits.add(new long[] {unitId, area, headId, ownerId});
                    ownerKeys.put(ownerId, "R:" + headId);
                } else {
                    String[] id = identity(division, 30 + random.nextInt(50), random.nextBoolean());
                    long ownerId = next("unit_owner");
                    owner.add(ownerId, community, unitId, null, name(random.nextBoolean()), since, id[0], id[1], id[2]);
                    ownedUnits.add(new long[] {unitId, area, 0, ownerId});
                    ownerKeys.put(ownerId, "I:" + id[1]);
                }
            }
        }

        /** The party group of a stairwell's building: groups were numbered with the buildings. */
        long stairwellGroup(long[] stairwell) {
            long firstBuilding = stairwells.get(0)[1];
            long firstGroup = ids.get("party_group")[0] - (ids.get("building")[0] - firstBuilding);
            return firstGroup + (stairwell[1] - firstBuilding);
        }

        static int branchOf(int grid) {
            return Math.min((grid + 1) / 2, BRANCHES);
        }

        int householdSize() {
            int roll = random.nextInt(100);
            return roll < 16 ? 1 : roll < 47 ? 2 : roll < 72 ? 3 : roll < 88 ? 4 : roll < 96 ? 5 : 6;
        }

        String[] identity(String division, int age, boolean male) {
            return identity(division, REFERENCE_DAY.minusYears(age).minusDays(random.nextInt(365)), male);
        }

        /** A valid ID number (check digit), unique in the whole run: cipher text, digest, masked form. */
        String[] identity(String division, LocalDate born, boolean male) {
            while (true) {
                int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
                String first17 = division + born.toString().replace("-", "") + String.format("%03d", sequence);
                String id = first17 + IdCardNumber.checkDigit(first17);
                if (usedIdNumbers.add(id)) {
                    return new String[] {cipher.encrypt(id), cipher.digest(id),
                            IdCardNumber.parse(id).orElseThrow().masked()};
                }
            }
        }

        String phone() {
            String[] prefixes = {"135", "136", "138", "139", "150", "152", "158", "159", "177", "186", "188", "189"};
            return pick(prefixes) + String.format("%08d", random.nextInt(100_000_000));
        }

        String name(boolean male) {
            return pick(SURNAMES) + given(male);
        }

        String given(boolean male) {
            String[] pool = male ? MALE : FEMALE;
            return random.nextInt(100) < 40 ? pick(pool) : pick(pool) + pick(pool);
        }

        // -- accounts ---------------------------------------------------------------------------------------------

        void accounts(int number) {
            Tab account = sink.tab("account", "id", "community_id", "username", "password_hash", "display_name",
                    "resident_id", "created_at");
            Tab role = sink.tab("account_role", "id", "account_id", "role", "scope_type", "scope_id");
            OffsetDateTime created = at(LocalDate.of(2026, 1, 5), 9, 0);
            String suffix = ".c" + number;
            staffName = "居委会 " + pick(SURNAMES) + "老师";
            long staff = next("account");
            account.add(staff, community, "rc.staff" + suffix, passwordHash, staffName, null, created);
            role.add(next("account_role"), staff, "RC_STAFF", "COMMUNITY", null);
            long pm = next("account");
            account.add(pm, community, "pm.staff" + suffix, passwordHash, "物业 客服", null, created);
            role.add(next("account_role"), pm, "PM_STAFF", "COMMUNITY", null);
            Resident secretary = residents.stream().filter(r -> r.member && r.phone && stairwells.get(r.stairwell)[5] == 1)
                    .findFirst().orElse(residents.get(0));
            long sec = next("account");
            account.add(sec, community, "secretary" + suffix, passwordHash, "第一网格党支部书记", secretary.id, created);
            role.add(next("account_role"), sec, "GRID_BRANCH_SECRETARY", "BRANCH", branchIds[1]);
            role.add(next("account_role"), sec, "PARTY_MEMBER", "COMMUNITY", null);
            role.add(next("account_role"), sec, "RESIDENT", "COMMUNITY", null);
            long[] first = ownedUnits.stream().filter(o -> o[2] != 0).findFirst().orElseThrow();
            long res = next("account");
            account.add(res, community, "resident" + suffix, passwordHash, "居民", first[2], created);
            role.add(next("account_role"), res, "RESIDENT", "COMMUNITY", null);
            role.add(next("account_role"), res, "OWNER", "COMMUNITY", null);
            accounts.add(res);
            // one signed-up adult in about twenty-five households
            for (int i = 0; i < residents.size(); i += 70) {
                Resident r = residents.get(i);
                if (r.age < 18 || !r.phone) {
                    continue;
                }
                long id = next("account");
                account.add(id, community, "r" + suffix + "." + r.id, passwordHash, r.name, r.id,
                        created.plusDays(random.nextInt(300)));
                role.add(next("account_role"), id, "RESIDENT", "COMMUNITY", null);
                accounts.add(id);
            }
        }

        // -- proposals --------------------------------------------------------------------------------------------

        void proposals(boolean big) {
            Tab proposal = sink.tab("proposal", "id", "community_id", "author_resident_id", "title", "description",
                    "category", "place_kind", "place_code", "state", "created_at", "submitted_at", "updated_at",
                    "supports", "comments", "followers");
            Tab event = sink.tab("proposal_event", "id", "community_id", "proposal_id", "occurred_at", "action",
                    "from_state", "to_state", "actor_resident_id", "actor_name", "reason");
            Tab comment = sink.tab("proposal_comment", "id", "community_id", "proposal_id", "parent_id",
                    "author_resident_id", "author_name", "stance", "body", "created_at");
            Tab support = sink.tab("proposal_support", "id", "community_id", "proposal_id", "resident_id",
                    "supported_at");
            int count = big ? BIG_COMMUNITY_PROPOSALS : 170;
            String[] categories = {"ENVIRONMENT", "FACILITIES", "SAFETY", "PARKING", "GREENERY", "PETS", "ACTIVITIES",
                    "PROPERTY_MANAGEMENT", "OTHER"};
            String[] stances = {"FOR", "FOR", "FOR", "AGAINST", "NEUTRAL"};
            for (int i = 0; i < count; i++) {
                long id = next("proposal");
                Resident author = adult();
                String category = pick(categories);
                OffsetDateTime created = daysBefore(720);
                int roll = random.nextInt(100);
                String state = roll < 5 ? "DRAFT" : roll < 10 ? "REJECTED" : "SUBMITTED";
                boolean thread = big && i == count - 1;
                int comments = state.equals("DRAFT") ? 0 : thread ? LONG_THREAD : random.nextInt(7);
                int supports = state.equals("DRAFT") ? 0 : random.nextInt(11);
                String place = random.nextInt(3) == 0 ? "COMMUNITY" : "STAIRWELL";
                String code = place.equals("STAIRWELL") ? stairwellCodes.get(author.stairwell) : "";
                OffsetDateTime submitted = state.equals("DRAFT") ? null : created.plusMinutes(5);
                OffsetDateTime updated = created.plusMinutes(5 + comments + supports);
                proposal.add(id, community, author.id, PROPOSAL_TITLES[random.nextInt(PROPOSAL_TITLES.length)]
                        + "（" + (i + 1) + "）", "关于" + CATEGORY_WORDS.getOrDefault(category, "小区") + "的建议：" + pick(
                        PROPOSAL_BODIES), category, place, code, state, created, submitted, updated, supports,
                        comments, 0);
                if (submitted != null) {
                    event.add(next("proposal_event"), community, id, submitted, "SUBMIT", "DRAFT", "SUBMITTED",
                            author.id, author.name, null);
                }
                if (state.equals("REJECTED")) {
                    event.add(next("proposal_event"), community, id, submitted.plusDays(2), "REJECT", "SUBMITTED",
                            "REJECTED", null, staffName, "与已有提议重复");
                }
                for (int c = 0; c < comments; c++) {
                    Resident who = adult();
                    comment.add(next("proposal_comment"), community, id, null, who.id, who.name, pick(stances),
                            pick(COMMENTS), created.plusMinutes(10 + c));
                }
                Set<Long> supporters = new HashSet<>();
                while (supporters.size() < supports) {
                    Resident who = pick(residents);
                    if (who.age >= 14 && who.id != author.id && supporters.add(who.id)) {
                        support.add(next("proposal_support"), community, id, who.id, created.plusMinutes(
                                20 + supporters.size()));
                    }
                }
            }
        }

        // -- votes ------------------------------------------------------------------------------------------------

        void votes() {
            Tab vote = sink.tab("vote", "id", "community_id", "kind", "title", "description", "matter_item", "elector_basis",
                    "choice_type", "max_choices", "pass_per_mille", "pass_comparison", "turnout_per_mille",
                    "scope_kind", "state", "created_by", "created_at", "opened_on", "opened_at", "closed_at",
                    "published_at", "closes_at");
            Tab elector = sink.tab("vote_elector", "id", "community_id", "vote_id", "person_key", "display_name",
                    "area", "resident_id", "household_id", "identified");
            Tab electorUnit = sink.tab("vote_elector_unit", "vote_id", "elector_id", "unit_id", "area",
                    "area_source", "register_area", "survey_area", "contract_area", "developer_held", "vacant");
            Tab member = sink.tab("vote_elector_member", "vote_id", "elector_id", "resident_id");
            Tab ballot = sink.tab("ballot", "id", "community_id", "vote_id", "elector_id", "answer", "channel",
                    "cast_by_resident_id", "entered_by", "cast_at");
            Tab current = sink.tab("current_ballot", "vote_id", "elector_id", "ballot_id");
            Tab tally = sink.tab("vote_tally", "vote_id", "computed_at", "outcome", "total_persons", "total_area",
                    "participating_persons", "participating_area", "agreeing_persons", "agreeing_area",
                    "disagreeing_persons", "disagreeing_area", "deemed_persons", "deemed_area", "option_counts",
                    "arithmetic");
            Map<Long, Long> householdOfUnit = new HashMap<>();
            for (long[] h : households) {
                householdOfUnit.put(h[1], h[0]);
            }
            Map<Long, String> ownerName = new HashMap<>();
            for (Tab t : List.of(sink.tab("unit_owner"))) {
                for (Object[] row : t.rows) {
                    ownerName.put((Long) row[0], (String) row[4]);
                }
            }
            String[] titles = {"关于使用专项维修资金更换电梯的表决", "关于续聘物业服务企业的表决"};
            for (int v = 0; v < 2; v++) {
                boolean published = v == 0;
                long id = next("vote");
                OffsetDateTime created = at(REFERENCE_DAY.minusDays(published ? 120 : 10), 9, 0);
                long persons = 0, area = 0, partPersons = 0, partArea = 0, agreePersons = 0, agreeArea = 0,
                        disPersons = 0, disArea = 0;
                int turnout = published ? 72 : 30;
                for (long[] o : ownedUnits) {
                    long eid = next("vote_elector");
                    long unitArea = o[1];
                    Long resident = o[2] == 0 ? null : o[2];
                    elector.add(eid, community, id, ownerKeys.get(o[3]), ownerName.get(o[3]), unitArea, resident,
                            householdOfUnit.get(o[0]), true);
                    electorUnit.add(id, eid, o[0], unitArea, "REGISTER", unitArea, null, null, false,
                            !householdOfUnit.containsKey(o[0]));
                    if (resident != null) {
                        member.add(id, eid, resident);
                    }
                    persons++;
                    area += unitArea;
                    if (random.nextInt(100) < turnout) {
                        int roll = random.nextInt(100);
                        String answer = roll < 78 ? "AGREE" : roll < 92 ? "DISAGREE" : "ABSTAIN";
                        boolean web = resident != null && random.nextBoolean();
                        long bid = next("ballot");
                        ballot.add(bid, community, id, eid, answer, web ? "WEB" : "PAPER", web ? resident : null,
                                web ? "resident" : "rc.staff", created.plusDays(1 + random.nextInt(9)).plusMinutes(
                                        random.nextInt(600)));
                        current.add(id, eid, bid);
                        partPersons++;
                        partArea += unitArea;
                        if (answer.equals("AGREE")) {
                            agreePersons++;
                            agreeArea += unitArea;
                        } else if (answer.equals("DISAGREE")) {
                            disPersons++;
                            disArea += unitArea;
                        }
                    }
                }
                vote.add(id, community, "OWNERS", titles[v], "业主共同决定事项，请在截止前投票。", 5, "OWNER_PERSON",
                        "AGREE_DISAGREE_ABSTAIN", 1, null, null, null, "COMMUNITY",
                        published ? "PUBLISHED" : "OPEN", "rc.staff", created, created.toLocalDate(),
                        created.plusHours(1), published ? created.plusDays(14) : null,
                        published ? created.plusDays(15) : null,
                        published ? created.plusDays(14) : at(REFERENCE_DAY.plusDays(60), 20, 0));
                if (published) {
                    tally.add(id, created.plusDays(14), agreePersons * 4 >= partPersons * 3 ? "PASSED" : "REJECTED",
                            persons, area, partPersons, partArea, agreePersons, agreeArea, disPersons, disArea, 0L,
                            0L, null, "");
                }
            }
        }

        // -- work orders ------------------------------------------------------------------------------------------

        void cases() {
            Tab order = sink.tab("work_order", "id", "community_id", "category", "state", "description",
                    "place_kind", "place_code", "stairwell_id", "building_id", "grid_id", "reporter_resident_id",
                    "anonymous", "reported_at", "responsible_party", "rating");
            Tab event = sink.tab("case_event", "id", "community_id", "work_order_id", "occurred_at", "action",
                    "from_state", "to_state", "actor_resident_id", "actor_name", "note");
            String[] categories = {"BROKEN_LIGHT", "FIRE_LANE_BLOCKED", "EBIKE_CHARGING", "LITTER", "FACILITY_DAMAGE",
                    "WATER_PIPE", "GREENERY", "NOISE", "PET_BARKING", "PET_FOULING", "OTHER"};
            String[] path = {"REPORTED", "ACCEPTED", "DISPATCHED", "IN_HANDLING", "HANDLED", "CLOSED"};
            String[] actions = {"ACCEPT", "DISPATCH", "START", "HANDLE", "VERIFY_PASS"};
            for (int i = 0; i < 600; i++) {
                long id = next("work_order");
                Resident reporter = adult();
                long[] sw = stairwells.get(reporter.stairwell);
                OffsetDateTime reported = daysBefore(700);
                int roll = random.nextInt(100);
                int last = roll < 8 ? 0 : roll < 12 ? 1 : roll < 16 ? 2 : roll < 22 ? 3 : roll < 30 ? 4 : 5;
                String category = pick(categories);
                order.add(id, community, category, path[last], pick(CASE_TEXTS), "STAIRWELL",
                        stairwellCodes.get(reporter.stairwell), sw[0], sw[1], sw[4], reporter.id, false, reported,
                        last >= 2 ? (category.equals("NOISE") ? "RESIDENTS_COMMITTEE" : "PROPERTY_COMPANY") : null,
                        last == 5 && random.nextBoolean() ? 4 + random.nextInt(2) : null);
                event.add(next("case_event"), community, id, reported, "REPORT", null, "REPORTED", reporter.id,
                        reporter.name, null);
                OffsetDateTime when = reported;
                for (int s = 1; s <= last; s++) {
                    when = when.plusHours(2 + random.nextInt(30));
                    event.add(next("case_event"), community, id, when, actions[s - 1], path[s - 1], path[s], null,
                            staffName, null);
                }
            }
        }

        // -- patrols ----------------------------------------------------------------------------------------------

        void patrols() {
            Tab schedule = sink.tab("patrol_schedule", "id", "community_id", "grid_branch_id", "reading",
                    "start_time", "duration_minutes", "meeting_point", "study_topic", "starts_on");
            Tab record = sink.tab("patrol_record", "id", "community_id", "grid_branch_id", "patrol_date",
                    "study_topic", "started_by", "started_at", "closed_by", "closed_at");
            Tab check = sink.tab("patrol_check", "id", "community_id", "record_id", "item_key", "status");
            Tab attendance = sink.tab("patrol_attendance", "id", "community_id", "record_id", "resident_id", "role");
            for (int b = 1; b <= BRANCHES; b++) {
                schedule.add(next("patrol_schedule"), community, branchIds[b], "SECOND_THURSDAY", LocalTime.of(14, 0),
                        90, "居委会门口", "学习社区治理知识", LocalDate.of(2025, 1, 1));
                final int branch = b;
                List<Integer> own = new ArrayList<>();
                for (int s = 0; s < stairwells.size(); s++) {
                    if (stairwells.get(s)[5] == branch) {
                        own.add(s);
                    }
                }
                List<Resident> members = residents.stream().filter(r -> r.member && stairwells.get(r.stairwell)[5]
                        == branch).limit(40).toList();
                for (int m = 0; m < 12; m++) {
                    LocalDate day = secondThursday(REFERENCE_DAY.minusMonths(12 - m));
                    long id = next("patrol_record");
                    record.add(id, community, branchIds[b], day, "学习社区治理知识", "secretary", at(day, 14, 0),
                            "secretary", at(day, 15, 30));
                    for (int s = 0; s < Math.min(6, own.size()); s++) {
                        check.add(next("patrol_check"), community, id, "S:" + stairwellCodes.get(own.get(s)),
                                random.nextInt(10) == 0 ? "PROBLEM" : "OK");
                    }
                    Set<Long> seen = new HashSet<>();
                    for (int a = 0; a < Math.min(8, members.size()); a++) {
                        Resident r = pick(members);
                        if (seen.add(r.id)) {
                            attendance.add(next("patrol_attendance"), community, id, r.id, "PARTY_MEMBER");
                        }
                    }
                }
            }
        }

        static LocalDate secondThursday(LocalDate month) {
            LocalDate d = month.withDayOfMonth(1);
            while (d.getDayOfWeek() != java.time.DayOfWeek.THURSDAY) {
                d = d.plusDays(1);
            }
            return d.plusDays(7);
        }

        // -- events -----------------------------------------------------------------------------------------------

        void events() {
            Tab programme = sink.tab("activity_programme", "id", "community_id", "code", "name", "purpose",
                    "created_at");
            Tab event = sink.tab("activity_event", "id", "community_id", "programme_id", "title", "description",
                    "place", "starts_at", "ends_at", "capacity", "cohorts", "registered", "created_by", "created_at");
            Tab registration = sink.tab("activity_registration", "id", "community_id", "event_id", "resident_id",
                    "active_resident_id", "status", "registered_by", "by_staff", "created_at", "door_code");
            OffsetDateTime created = at(LocalDate.of(2025, 1, 2), 9, 0);
            long[] programmes = new long[2];
            String[][] names = {{"ELDERLY_CARE", "银龄关爱"}, {"NEIGHBOURS", "邻里节"}};
            for (int p = 0; p < 2; p++) {
                programmes[p] = next("activity_programme");
                programme.add(programmes[p], community, names[p][0], names[p][1], "社区活动", created);
            }
            for (int e = 0; e < 40; e++) {
                long id = next("activity_event");
                LocalDate day = REFERENCE_DAY.minusDays(330).plusDays(e * 10L);
                int capacity = 30;
                int registered = 10 + random.nextInt(21);
                event.add(id, community, programmes[e % 2], pick(EVENT_TITLES), "欢迎居民参加", "社区活动室",
                        at(day, 9, 30), at(day, 11, 0), capacity, e % 2 == 0 ? "ELDERLY" : "CHILD,ELDERLY,MIDDLE_AGED,YOUTH",
                        registered, "rc.staff", created.plusDays(e * 10L));
                Set<Long> seen = new HashSet<>();
                while (seen.size() < registered) {
                    Resident r = pick(residents);
                    if (seen.add(r.id)) {
                        registration.add(next("activity_registration"), community, id, r.id, r.id, "REGISTERED",
                                "resident", false, at(day.minusDays(3), 10, 0), String.format("%04d", seen.size()));
                    }
                }
            }
        }

        // -- volunteers -------------------------------------------------------------------------------------------

        void volunteers() {
            Tab team = sink.tab("volunteer_team", "id", "community_id", "code", "name", "purpose",
                    "leader_resident_id", "patrol_branch_number", "created_at");
            Tab member = sink.tab("volunteer_member", "id", "community_id", "team_id", "resident_id", "status",
                    "requested_at", "decided_by", "decided_at");
            Tab service = sink.tab("volunteer_service", "id", "community_id", "team_id", "resident_id", "served_on",
                    "minutes", "activity", "source", "verified_by", "recorded_at");
            OffsetDateTime created = at(LocalDate.of(2025, 1, 2), 9, 0);
            for (int t = 0; t <= BRANCHES; t++) {
                long id = next("volunteer_team");
                List<Resident> crew = new ArrayList<>();
                Set<Long> seen = new HashSet<>();
                while (crew.size() < 45) {
                    Resident r = adult();
                    if (seen.add(r.id)) {
                        crew.add(r);
                    }
                }
                team.add(id, community, t == 0 ? "CARE" : "PATROL" + t, t == 0 ? "关爱志愿队" : "第" + t + "巡查志愿队",
                        "为邻里服务", crew.get(0).id, t == 0 ? null : t, created);
                for (Resident r : crew) {
                    member.add(next("volunteer_member"), community, id, r.id, "MEMBER", created, "rc.staff",
                            created.plusDays(1));
                }
                for (int s = 0; s < 450; s++) {
                    LocalDate day = REFERENCE_DAY.minusDays(random.nextInt(365));
                    service.add(next("volunteer_service"), community, id, pick(crew).id, day, 30 + 30 * random.nextInt(6),
                            "社区服务", "LEADER", "rc.staff", at(day, 18, 0));
                }
            }
        }

        // -- pets -------------------------------------------------------------------------------------------------

        void pets() {
            Tab pet = sink.tab("pet", "id", "community_id", "household_id", "species", "name", "name_key", "breed",
                    "sex", "birth_date", "neutered", "status", "recorded_by", "created_at", "updated_at");
            String[] dogNames = {"旺财", "豆豆", "球球", "小黑", "可乐", "多多", "毛毛", "乐乐"};
            String[] breeds = {"柴犬", "泰迪", "金毛", "中华田园犬", "柯基"};
            for (long[] h : households) {
                if (random.nextInt(100) >= 21) {
                    continue;
                }
                boolean dog = random.nextInt(100) < 60;
                String name = pick(dogNames);
                OffsetDateTime created = daysBefore(600);
                pet.add(next("pet"), community, h[0], dog ? "DOG" : "CAT", name, name, dog ? pick(breeds) : null,
                        random.nextBoolean() ? "MALE" : "FEMALE", REFERENCE_DAY.minusDays(200 + random.nextInt(4000)),
                        random.nextBoolean(), "LIVING", "rc.staff", created, created);
            }
        }

        // -- renewal ----------------------------------------------------------------------------------------------

        void renewal() {
            Tab project = sink.tab("renewal_project", "id", "community_id", "title", "plan", "place", "budget_fen",
                    "funding_source", "state", "percent_done", "spent_fen", "created_at", "started_at",
                    "completed_at", "updated_at", "kind");
            Tab line = sink.tab("renewal_funding_line", "id", "community_id", "project_id", "source", "label",
                    "amount_fen", "spent_fen", "created_by", "created_at");
            Tab spending = sink.tab("renewal_spending", "id", "community_id", "project_id", "paid_on", "amount_fen",
                    "payee", "purpose", "recorded_by", "recorded_at", "line_id");
            Tab event = sink.tab("renewal_project_event", "id", "community_id", "project_id", "kind", "occurred_at",
                    "actor");
            String[][] kinds = {{"GARDEN", "口袋花园改造"}, {"LIGHTING", "楼道照明更新"}, {"BIKE_SHED", "非机动车棚建设"},
                    {"SPORTS", "健身步道翻新"}, {"ENVIRONMENT", "垃圾厢房改造"}, {"PIPELINE", "雨污水管道疏通"}};
            for (int p = 0; p < kinds.length; p++) {
                long id = next("renewal_project");
                long budget = 2_000_000L + random.nextInt(8_000_000);
                OffsetDateTime created = at(REFERENCE_DAY.minusDays(300 - p * 30L), 10, 0);
                int entries = 10 + random.nextInt(20);
                long each = budget / 2 / entries;
                long spent = each * entries;
                boolean done = p < 2;
                project.add(id, community, kinds[p][1], "按居民议事会商定方案实施", "小区", budget, "政府专项资金",
                        done ? "COMPLETED" : "IN_PROGRESS", done ? 100 : 20 + random.nextInt(70), spent, created,
                        created.plusDays(7), done ? created.plusDays(90) : null, created.plusDays(30), kinds[p][0]);
                long lineId = next("renewal_funding_line");
                line.add(lineId, community, id, "GOVERNMENT", "街道专项", budget, spent, "rc.staff", created);
                event.add(next("renewal_project_event"), community, id, "CREATED", created, "rc.staff");
                for (int s = 0; s < entries; s++) {
                    LocalDate paid = created.toLocalDate().plusDays(7 + s * 3L);
                    spending.add(next("renewal_spending"), community, id, paid, each, "施工单位", "材料及人工",
                            "rc.staff", at(paid, 16, 0), lineId);
                }
            }
        }

        // -- notices ----------------------------------------------------------------------------------------------

        void notices() {
            Tab notice = sink.tab("notice", "id", "community_id", "category", "audience", "audience_name", "title",
                    "body", "pinned", "publish_at", "published_by", "created_at");
            for (int n = 0; n < 20; n++) {
                OffsetDateTime when = at(REFERENCE_DAY.minusDays(n * 15L), 9, 0);
                notice.add(next("notice"), community, "OTHER", "COMMUNITY", "全体居民", pick(NOTICE_TITLES),
                        "请各位居民留意。", n == 0, when, staffName, when);
            }
        }
    }

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董",
            "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈"};
    static final String[] MALE = {"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
            "鑫", "波", "宁", "建", "国", "海", "峰", "志", "文", "亮", "俊", "浩", "宇", "晨"};
    static final String[] FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "婷", "雪", "琳", "颖", "倩",
            "慧", "莉", "红", "梅", "兰", "萍", "洁", "欣", "怡", "佳", "悦", "蕾", "薇", "琴"};
    static final String[] PROPOSAL_TITLES = {"增设非机动车充电桩", "修缮楼道扶手", "增加垃圾分类指导", "改善停车秩序", "增设儿童游乐设施",
            "加强夜间照明", "整治楼道堆物", "规范文明养犬", "增设休闲座椅", "改造绿化带"};
    static final String[] PROPOSAL_BODIES = {"建议物业和居委会尽快研究落实。", "居民反映较多，希望统一规划。", "可以先试点一个楼组再推广。",
            "希望听取更多邻居的意见。"};
    static final Map<String, String> CATEGORY_WORDS = Map.of("ENVIRONMENT", "环境", "FACILITIES", "设施", "SAFETY", "安全",
            "PARKING", "停车", "GREENERY", "绿化", "PETS", "宠物", "ACTIVITIES", "活动");
    static final String[] COMMENTS = {"赞成，早该这样了。", "需要考虑费用由谁承担。", "同意，但要注意施工时间。", "我家老人也有同样的需求。",
            "建议先征求楼组长意见。", "反对，占用公共空间。"};
    static final String[] CASE_TEXTS = {"楼道灯坏了，晚上很黑。", "消防通道被车辆占用。", "楼道内有电瓶车充电。", "绿化带有垃圾堆积。",
            "单元门门禁损坏。", "水管漏水。"};
    static final String[] EVENT_TITLES = {"重阳节敬老活动", "邻里百家宴", "垃圾分类宣传", "亲子手工课", "健康讲座", "书画交流"};
    static final String[] NOTICE_TITLES = {"停水通知", "电梯维保公告", "消防演练通知", "垃圾分类时间调整", "业主大会筹备公告"};
}
