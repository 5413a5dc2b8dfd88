package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every SQL statement of the sources that names a table carrying {@code community_id} filters by it (a parameter or a
 * constant: {@code community_id = ?}, {@code in (…)}) or, for an insert, writes it, so that a distributed database
 * (docs/operations.md, "Past one database") sends the statement to the one node holding the community. Those that do
 * not yet are listed in {@code sql-without-community.tsv} with a reason; the list may only shrink: a new statement
 * without its community fails this test, and so does an entry whose statement was given one (or is gone), so that the
 * list stays exact.
 *
 * <p>A statement is what one Java statement's string literals and text blocks say, joined, when it begins with
 * {@code select}, {@code insert}, {@code update}, {@code delete}, {@code with} or {@code merge}; a string constant
 * of the same file ({@code static final String}) is put in where the statement names it, and judged there only. A
 * fragment passed in from another file or built at run time is not seen: such a statement may be listed although
 * it filters. The tables carrying the column are read from the schema the migrations build (views included).
 */
class EveryStatementNamesItsCommunityTest {

    static final Path SOURCES = Path.of("src/main/java/org/gongzhi");
    static final Path ALLOWED = Path.of("src/test/resources/sql-without-community.tsv");

    /** Why a statement may go without its community, for now; every entry of the list names one. */
    static final Map<String, String> REASONS = Map.of(
            "by-id", "reads or changes rows by a primary key or a parent's id (`where id = ?`; given by that shape, "
                    + "reviewed for voting only): correct once the caller checked the object's community, but a "
                    + "distributed database asks every node",
            "before-sign-in", "runs before anyone's community is known: a user name, a token or a code's digest",
            "every-community", "a job or a report over every community at once (overdue votes, reminders, the "
                    + "subdistrict's comparison, retention, key rotation, the outbox)",
            "not-yet-reviewed", "measured on 2026-12-05 and not reviewed statement by statement yet (some filter "
                    + "through a fragment built at run time, which the scan cannot see)");

    private static final Pattern LEADING = Pattern.compile("^\\s*\\(?\\s*(select|insert|update|delete|with|merge)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|into|update)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILTERS = Pattern.compile(
            "community_id\\s*(?:=\\s*(?:\\?|:\\w|\\d|any\\b)|in\\s*\\(|is\\s+not\\s+distinct\\s+from\\s*[?:])"
                    + "|(?:\\?|:\\w+|\\b\\d+)\\s*=\\s*(?:\\w+\\.)?community_id\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INSERT = Pattern.compile("^\\s*(insert|merge)\\b", Pattern.CASE_INSENSITIVE);

    static Set<String> carrying;

    @BeforeAll
    static void schema() throws SQLException {
        String url = "jdbc:h2:mem:statements" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection keep = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            carrying = new HashSet<>();
            try (ResultSet rs = keep.createStatement().executeQuery("""
                    select lower(table_name) from information_schema.columns
                    where lower(table_schema) = 'public' and lower(column_name) = 'community_id'""")) {
                while (rs.next()) {
                    carrying.add(rs.getString(1));
                }
            }
        }
    }

    /** One statement of the sources: the file it is in (under org/gongzhi) and its text, spaces collapsed. */
    record Statement(String file, String sql) {

        String key() {
            return file + "\t" + sql;
        }
    }

    @Test
    void every_statement_naming_a_community_table_filters_or_writes_its_community() throws IOException {
        assertThat(carrying).contains("vote", "account", "vote_option", "register_resident");
        List<Statement> statements = statements();
        List<Statement> naming = statements.stream().filter(s -> names(s.sql())).toList();
        List<Statement> without = naming.stream().filter(s -> !scoped(s.sql())).toList();

        Map<String, Integer> found = count(without.stream().map(Statement::key).toList());
        Map<String, Integer> allowed = new TreeMap<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            assertThat(cells).as("file, reason and statement: " + line).hasSize(3);
            assertThat(REASONS).as("reason of " + line).containsKey(cells[1]);
            allowed.merge(cells[0] + "\t" + cells[2], 1, Integer::sum);
        }
        List<String> unlisted = new ArrayList<>();
        found.forEach((key, n) -> {
            if (n > allowed.getOrDefault(key, 0)) {
                unlisted.add(key);
            }
        });
        List<String> stale = new ArrayList<>();
        allowed.forEach((key, n) -> {
            if (n > found.getOrDefault(key, 0)) {
                stale.add(key);
            }
        });
        System.out.printf("SQL statements: %d; naming a table with community_id: %d; without it: %d%n",
                statements.size(), naming.size(), without.size());
        if (Boolean.getBoolean("sql.write")) {
            write(without, reasons());
            return;
        }
        assertThat(unlisted).as("statements that name a community's table but neither filter nor write "
                + "community_id (add `and community_id = ?`; or, with a reason, list them in " + ALLOWED + ")")
                .isEmpty();
        assertThat(stale).as("entries of " + ALLOWED + " whose statement now names its community or is gone: "
                + "take them off the list").isEmpty();
    }

    @Test
    void the_check_tells_a_scoped_statement_from_one_that_is_not() {
        assertThat(names("select title from vote where id = ?")).isTrue();
        assertThat(scoped("select title from vote where id = ?")).isFalse();
        assertThat(scoped("select title from vote where id = ? and community_id = ?")).isTrue();
        assertThat(scoped("select v.title from vote v where v.id = :id and v.community_id = :c")).isTrue();
        assertThat(scoped("select title from vote v join vote_option o on o.community_id = v.community_id "
                + "where v.id = ?")).isFalse();
        assertThat(scoped("insert into vote_option (community_id, vote_id) values (?, ?)")).isTrue();
        assertThat(scoped("insert into vote_option (vote_id) values (?)")).isFalse();
        assertThat(names("select count(*) from community")).isFalse();
        assertThat(split("class A { void a() { jdbc.sql(\"select a from vote \" + X + \"where id = ?\").query(); "
                + "String b = \"\"\"\n    update vote set a = 1\n    where id = ?\"\"\"; } }"))
                .containsExactly("select a from vote where id = ?", "update vote set a = 1 where id = ?");
        assertThat(split("class A { static final String MINE = \" community_id = ?\"; "
                + "private static final String HEAD = \"select a from vote where\"; "
                + "void a() { jdbc.sql(HEAD + MINE + \" and id = ?\").query(); } }"))
                .containsExactly("select a from vote where community_id = ? and id = ?");
    }

    /** The reasons already given, by statement (kept when the list is written again). */
    private static Map<String, String> reasons() throws IOException {
        Map<String, String> reasons = new TreeMap<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t", 3);
            if (cells.length == 3 && !line.startsWith("#")) {
                reasons.put(cells[0] + "\t" + cells[2], cells[1]);
            }
        }
        return reasons;
    }

    /**
     * With {@code -Dsql.write=true}: writes the list as the sources stand, keeping the reasons given; a new entry gets
     * a first reason by its shape, to be reviewed in the diff.
     */
    private static void write(List<Statement> without, Map<String, String> reasons) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "# SQL statements of src/main/java that name a table carrying community_id but neither filter nor write",
                "# it (EveryStatementNamesItsCommunityTest). This list may only shrink. Columns: file under",
                "# org/gongzhi, reason (one of the test's REASONS), the statement with its spaces collapsed."));
        without.stream().sorted(java.util.Comparator.comparing(Statement::key)).forEach(s -> lines.add(
                s.file() + "\t" + reasons.getOrDefault(s.key(), firstReason(s)) + "\t" + s.sql()));
        Files.write(ALLOWED, lines, StandardCharsets.UTF_8);
    }

    private static String firstReason(Statement s) {
        String sql = s.sql().toLowerCase(Locale.ROOT);
        if (s.file().startsWith("identity/") && sql.matches(".*\\b(username|token_digest|code_digest)\\s*=.*")) {
            return "before-sign-in";
        }
        if (sql.matches(".*\\bwhere\\s+(\\w+\\.)?(id|\\w+_id)\\s*(=\\s*[?:]|in\\s*\\().*")) {
            return "by-id";
        }
        return "not-yet-reviewed";
    }

    static boolean names(String sql) {
        Matcher m = NAMED.matcher(sql);
        while (m.find()) {
            if (carrying.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean scoped(String sql) {
        return FILTERS.matcher(sql).find()
                || INSERT.matcher(sql).find() && sql.toLowerCase(Locale.ROOT).contains("community_id");
    }

    static List<Statement> statements() throws IOException {
        List<Statement> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                split(Files.readString(file)).forEach(sql -> all.add(new Statement(name, sql)));
            }
        }
        return all;
    }

    private static final Pattern CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=");

    /**
     * The SQL statements of a Java source: per Java statement, its string literals joined, with the file's string
     * constants put in where they are named; a constant's own declaration is judged where it is used.
     */
    static List<String> split(String java) {
        Map<String, String> constants = new TreeMap<>();
        for (int round = 0; round < 3; round++) { // a constant may name another
            Map<String, String> known = Map.copyOf(constants);
            for (String declaration : pieces(java, known)) {
                if (declaration.startsWith(DECLARED)) {
                    String rest = declaration.substring(DECLARED.length());
                    int at = rest.indexOf('\u0000');
                    constants.put(rest.substring(0, at), rest.substring(at + 1));
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String piece : pieces(java, constants)) {
            if (!piece.startsWith(DECLARED)) {
                String sql = piece.replaceAll("\\s+", " ").strip();
                if (LEADING.matcher(sql).find()) {
                    found.add(sql);
                }
            }
        }
        return found;
    }

    private static final String DECLARED = "\u0000constant:";

    /** Each Java statement's strings, joined; a string constant's declaration marked with its name. */
    private static List<String> pieces(String java, Map<String, String> constants) {
        List<String> found = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String declaring = null;
        int i = 0;
        int n = java.length();
        while (i < n) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = java.indexOf('\n', i) < 0 ? n : java.indexOf('\n', i);
            } else if (java.startsWith("/*", i)) {
                i = java.indexOf("*/", i + 2) < 0 ? n : java.indexOf("*/", i + 2) + 2;
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                while (end > 0 && java.charAt(end - 1) == '\\') {
                    end = java.indexOf("\"\"\"", end + 1);
                }
                String block = java.substring(java.indexOf('\n', i) + 1, end);
                current.append(block.replace("\\\n", "").replace("\\s", " ").replace("\\\"", "\""));
                i = end + 3;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder literal = new StringBuilder();
                while (j < n && java.charAt(j) != '"') {
                    if (java.charAt(j) == '\\' && j + 1 < n) {
                        char e = java.charAt(j + 1);
                        literal.append(e == 'n' || e == 't' ? ' ' : e);
                        j += 2;
                    } else {
                        literal.append(java.charAt(j++));
                    }
                }
                current.append(literal);
                i = j + 1;
            } else if (c == '\'') {
                i = java.charAt(i + 1) == '\\' ? java.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == ';' || c == '{' || c == '}') {
                found.add(declaring == null ? current.toString() : DECLARED + declaring + "\u0000" + current);
                current.setLength(0);
                declaring = null;
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < n && Character.isJavaIdentifierPart(java.charAt(j))) {
                    j++;
                }
                String word = java.substring(i, j);
                Matcher declared = CONSTANT.matcher(java).region(Math.max(0, i - 40), Math.min(n, j + 3));
                if (declared.find() && declared.group(1).equals(word) && current.isEmpty()) {
                    declaring = word;
                } else if (constants.containsKey(word) && (i == 0 || java.charAt(i - 1) != '.')) {
                    current.append(constants.get(word));
                }
                i = j;
            } else {
                i++;
            }
        }
        found.add(declaring == null ? current.toString() : DECLARED + declaring + "\u0000" + current);
        return found;
    }

    private static Map<String, Integer> count(List<String> keys) {
        Map<String, Integer> counts = new TreeMap<>();
        keys.forEach(k -> counts.merge(k, 1, Integer::sum));
        return counts;
    }
}
