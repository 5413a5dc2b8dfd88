package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: another module's SQL never names them. The register is read through its published
 * views ({@code register_*}) or the community module's API; accounts through identity's view
 * ({@code identity_account}) or its API. A table belongs to the module named in its migration's
 * file name ({@code V202612031500__community_register_views.sql}); the migrations written before that convention
 * are listed here.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/gongzhi");
    private static final Map<String, String> EARLY_MIGRATIONS = Map.ofEntries(Map.entry("V1", "community"),
            Map.entry("V2", "identity"), Map.entry("V10", "patrol"), Map.entry("V11", "cases"),
            Map.entry("V12", "cases"), Map.entry("V13", "patrol"), Map.entry("V20", "deliberation"),
            Map.entry("V21", "voting"), Map.entry("V22", "deliberation"), Map.entry("V23", "deliberation"),
            Map.entry("V24", "voting"), Map.entry("V25", "renewal"), Map.entry("V26", "deliberation"),
            Map.entry("V27", "voting"), Map.entry("V28", "renewal"));
    /** Tables created in another module's migration that belong elsewhere. */
    private static final Map<String, String> MOVED = Map.of("audit_event", "shared");
    private static final Pattern CREATE = Pattern.compile("create\\s+(table|view)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    @Test
    void no_module_names_another_modules_tables_in_its_sql() throws IOException {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                for (String table : tablesNamedIn(Files.readString(file), owners.keySet())) {
                    String owner = owners.get(table);
                    if (!owner.equals(module) && !published(table)) {
                        trespasses.add(SOURCES.relativize(file) + " names " + table + " of " + owner);
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void every_table_has_an_owner() throws IOException {
        assertThat(owners()).containsKeys("resident", "work_order", "proposal", "vote", "renewal_project",
                "register_resident").doesNotContainValue("?");
    }

    /** The register's views ({@code register_*}) and identity's view of accounts ({@code identity_account}). */
    private static boolean published(String table) {
        return table.startsWith("register_") || table.startsWith("identity_");
    }

    private static Set<String> tablesNamedIn(String source, Set<String> tables) {
        Set<String> named = new TreeSet<>();
        Matcher strings = STRING.matcher(source);
        while (strings.find()) {
            String sql = strings.group(1) != null ? strings.group(1) : strings.group(2);
            Matcher names = NAMED.matcher(sql);
            while (names.find()) {
                String name = names.group(1).toLowerCase(Locale.ROOT);
                if (tables.contains(name)) {
                    named.add(name);
                }
            }
        }
        return named;
    }

    private static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path migration : files.toList()) {
                String name = migration.getFileName().toString();
                String version = name.substring(0, name.indexOf("__"));
                String module = EARLY_MIGRATIONS.getOrDefault(version,
                        name.substring(name.indexOf("__") + 2).split("_")[0]);
                Matcher created = CREATE.matcher(Files.readString(migration));
                while (created.find()) {
                    String table = created.group(2).toLowerCase(Locale.ROOT);
                    owners.put(table, MOVED.getOrDefault(table, module));
                }
            }
        }
        return owners;
    }
}
