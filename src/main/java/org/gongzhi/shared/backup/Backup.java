package org.gongzhi.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backs up an installation — its database, its photo store and its ID-number key file — into one directory,
 * and restores such a directory into an empty installation (issue 17, item 13). Run by {@code ./gongzhi backup
 * <dir>} and {@code ./gongzhi restore <dir>} as a plain program, without starting the application: on the
 * embedded H2 database the application must be stopped (H2 allows one process), PostgreSQL is dumped while it
 * runs ({@code pg_dump}, one consistent snapshot) and restored with {@code pg_restore}.
 *
 * <p>The directory holds {@code database.sql} (H2's {@code SCRIPT}) or {@code database.pgdump} (pg_dump's
 * custom format), {@code files/} with a {@code files.sha256} list checked on restore, and {@code pii.key} when
 * the installation keeps its key in a file. The key decrypts every ID number: keep backups as safe as the key.
 */
public final class Backup {

    /** Where an installation keeps its data. A missing key file is allowed (the key may come from the environment). */
    public record Installation(String url, String username, String password, Path files, Path keyFile) {

        boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    static final String H2_SCRIPT = "database.sql";
    static final String PG_DUMP = "database.pgdump";
    static final String FILES = "files";
    static final String CHECKSUMS = "files.sha256";
    static final String KEY = "pii.key";

    private Backup() {
    }

    public static void backup(Installation from, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Stream<Path> existing = Files.list(dir)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalStateException(dir + " is not empty: back up into a new directory");
            }
        }
        if (from.postgres()) {
            run(from, "pg_dump", "--format=custom", "--no-owner", "--file=" + dir.resolve(PG_DUMP));
        } else {
            try (Connection c = DriverManager.getConnection(existingOnly(from.url()), from.username(), from.password());
                    Statement s = c.createStatement()) {
                s.execute("SCRIPT TO " + literal(dir.resolve(H2_SCRIPT)));
            }
        }
        Path files = dir.resolve(FILES);
        Files.createDirectories(files);
        StringBuilder sums = new StringBuilder();
        for (Map.Entry<String, String> e : checksums(from.files()).entrySet()) {
            Path target = files.resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(from.files().resolve(e.getKey()), target, StandardCopyOption.COPY_ATTRIBUTES);
            sums.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        }
        Files.writeString(dir.resolve(CHECKSUMS), sums);
        if (from.keyFile() != null && Files.isRegularFile(from.keyFile())) {
            Files.copy(from.keyFile(), dir.resolve(KEY));
        }
        Files.writeString(dir.resolve("backup.txt"), "Gongzhi backup, " + OffsetDateTime.now() + ", "
                + (from.postgres() ? "PostgreSQL" : "H2") + " database\n");
    }

    public static void restore(Path dir, Installation into) throws IOException, SQLException {
        if (!Files.isRegularFile(dir.resolve(CHECKSUMS))) {
            throw new IllegalStateException(dir + " is not a Gongzhi backup (no " + CHECKSUMS + ")");
        }
        boolean fromPostgres = Files.isRegularFile(dir.resolve(PG_DUMP));
        if (fromPostgres != into.postgres()) {
            throw new IllegalStateException("this backup is of a " + (fromPostgres ? "PostgreSQL" : "H2")
                    + " database: restore it into the same kind");
        }
        if (Files.isDirectory(into.files())) {
            try (Stream<Path> existing = Files.list(into.files())) {
                if (existing.findAny().isPresent()) {
                    throw new IllegalStateException(into.files() + " already holds photos: restore into an empty installation");
                }
            }
        }
        Path key = dir.resolve(KEY);
        if (Files.isRegularFile(key) && into.keyFile() != null && Files.isRegularFile(into.keyFile())
                && !Files.readString(key).strip().equals(Files.readString(into.keyFile()).strip())) {
            throw new IllegalStateException(into.keyFile() + " holds another key: restore into an empty installation");
        }
        try (Connection c = DriverManager.getConnection(into.url(), into.username(), into.password())) {
            if (!tables(c).isEmpty()) {
                throw new IllegalStateException("the database already has tables: restore into an empty installation");
            }
            if (!into.postgres()) {
                try (Statement s = c.createStatement()) {
                    s.execute("RUNSCRIPT FROM " + literal(dir.resolve(H2_SCRIPT)));
                }
            }
        }
        if (into.postgres()) {
            run(into, "pg_restore", "--no-owner", "--exit-on-error", dir.resolve(PG_DUMP).toString());
        }
        for (String line : Files.readAllLines(dir.resolve(CHECKSUMS))) {
            if (line.isBlank()) {
                continue;
            }
            String sum = line.substring(0, line.indexOf(' '));
            String name = line.substring(line.indexOf(' ') + 2);
            Path target = into.files().resolve(name).normalize();
            if (!target.startsWith(into.files().normalize())) {
                throw new IllegalStateException("a file name leaves the photo store: " + name);
            }
            Files.createDirectories(target.getParent());
            Files.copy(dir.resolve(FILES).resolve(name), target, StandardCopyOption.COPY_ATTRIBUTES);
            if (!sum.equals(sha256(target))) {
                throw new IllegalStateException(name + " does not match its checksum: the backup is damaged");
            }
        }
        if (Files.isRegularFile(key) && into.keyFile() != null && !Files.isRegularFile(into.keyFile())) {
            if (into.keyFile().getParent() != null) {
                Files.createDirectories(into.keyFile().getParent());
            }
            Files.copy(key, into.keyFile());
        }
    }

    /** Rows per table of the application's schema, for comparing an installation with its restored copy. */
    public static Map<String, Long> rowCounts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables(c)) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    /** SHA-256 of every file under the photo store, by its path relative to the store. */
    public static Map<String, String> checksums(Path files) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        if (!Files.isDirectory(files)) {
            return sums;
        }
        try (Stream<Path> all = Files.walk(files)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                sums.put(files.relativize(p).toString().replace('\\', '/'), sha256(p));
            }
        }
        return sums;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from "
                + "information_schema.tables where lower(table_schema) = 'public' and table_type in ('BASE TABLE', "
                + "'TABLE') order by table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An H2 file URL that fails instead of creating an empty database when there is none. */
    private static String existingOnly(String url) {
        return url.startsWith("jdbc:h2:mem:") || url.toUpperCase().contains(";IFEXISTS=") ? url : url + ";IFEXISTS=TRUE";
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** pg_dump / pg_restore against the JDBC URL's database; the password, if any, through PGPASSWORD. */
    private static void run(Installation db, String tool, String... args) throws IOException {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(tool, "--host=" + uri.getHost(),
                "--port=" + (uri.getPort() > 0 ? uri.getPort() : 5432), "--username=" + db.username(),
                "--dbname=" + uri.getPath().substring(1)));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        if (db.password() != null && !db.password().isEmpty()) {
            pb.environment().put("PGPASSWORD", db.password());
        }
        try {
            int status = pb.start().waitFor();
            if (status != 0) {
                throw new IllegalStateException(tool + " failed (exit " + status + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " interrupted", e);
        }
    }

    /**
     * {@code backup|restore <dir> [--postgres] [--name=value ...]}: the installation is read as the application
     * reads it — application.properties (and application-postgres.properties with {@code --postgres}), then the
     * environment (SPRING_DATASOURCE_URL, GONGZHI_FILES_DIR, ...), then {@code --name=value} arguments.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: backup|restore <dir> [--postgres] [--spring.datasource.url=...]");
            System.exit(2);
        }
        Installation installation = installation(args, 2);
        Path dir = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            if (args[0].equals("backup")) {
                backup(installation, dir);
                System.out.println("backed up " + safe(installation.url()) + " and " + checksums(installation.files()).size()
                        + " files into " + dir);
            } else {
                restore(dir, installation);
                System.out.println("restored " + dir + " into " + safe(installation.url()) + " and " + installation.files());
            }
        } catch (SQLException e) {
            String hint = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? " (stop the application first: the embedded database allows one process)" : "";
            System.err.println(args[0] + " failed: " + e.getMessage().lines().findFirst().orElse("") + hint);
            System.exit(1);
        } catch (IllegalStateException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The installation as the application sees it: application.properties (and application-postgres.properties
     * with {@code --postgres}), then the environment, then the {@code --name=value} arguments from {@code first} on.
     */
    public static Installation installation(String[] args, int first) throws IOException {
        Properties p = load("application.properties");
        Map<String, String> overrides = new TreeMap<>();
        for (int i = first; i < args.length; i++) {
            if (args[i].equals("--postgres")) {
                p.putAll(load("application-postgres.properties"));
            } else if (args[i].startsWith("--") && args[i].contains("=")) {
                overrides.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            }
        }
        return new Installation(setting(p, overrides, "spring.datasource.url", null),
                setting(p, overrides, "spring.datasource.username", "sa"),
                setting(p, overrides, "spring.datasource.password", ""),
                Path.of(setting(p, overrides, "gongzhi.files.dir", "./data/files")).toAbsolutePath().normalize(),
                Path.of(setting(p, overrides, "gongzhi.pii.key-file", "./data/pii.key")).toAbsolutePath().normalize());
    }

    private static String safe(String url) {
        return url.replaceAll("(?i)password=[^;&]*", "password=***");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Backup.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        }
        return p;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    /** Argument, then environment (Spring's relaxed form), then the properties file, with ${NAME:default} resolved. */
    private static String setting(Properties p, Map<String, String> overrides, String name, String fallback) {
        if (overrides.containsKey(name)) {
            return overrides.get(name);
        }
        String env = System.getenv(name.toUpperCase().replace('.', '_').replace("-", ""));
        if (env != null) {
            return env;
        }
        String value = p.getProperty(name, fallback);
        if (value == null) {
            throw new IllegalStateException(name + " is not set");
        }
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String replacement = System.getenv(m.group(1));
            m.appendReplacement(resolved, Matcher.quoteReplacement(
                    replacement != null ? replacement : m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(resolved);
        return resolved.toString();
    }
}
