package org.gongzhi.shared.pii;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gongzhi.shared.backup.Backup;

/**
 * Rotation of the ID-number key (个人信息保护法: keys are changed, and a leaked old key must stop mattering), in
 * three steps, each safe to repeat: {@link #addKey} puts a new key into the key file and makes it the one new
 * values are encrypted with; {@link #reencrypt} re-encrypts every stored value under the current key, in batches of
 * one transaction each, so it can stop at any point and be run again; {@link #retire} removes an old key from the
 * file once no stored value needs it. Every value stays readable throughout: a value is only ever replaced by one
 * encrypted with a key the file holds.
 *
 * <p>Stored values are found by name: every column named {@code …_cipher} of every table with an {@code id}; null and
 * empty values are no values.
 */
public final class KeyRotation {

    private KeyRotation() {
    }

    /** A re-encryption's work: values re-encrypted, batches committed. */
    public record Progress(long reencrypted, int batches) {
    }

    public static PiiKeys addKey(Path keyFile) throws IOException {
        if (!Files.isRegularFile(keyFile)) {
            throw new IllegalStateException("there is no key file " + keyFile
                    + " (a key given in GONGZHI_PII_KEY is rotated by writing the new keys there)");
        }
        PiiKeys keys = PiiKeys.parse(Files.readString(keyFile)).withNewKey(new SecureRandom());
        PiiCipher.write(keyFile, keys);
        return keys;
    }

    /** Re-encrypts every value not yet under {@code cipher}'s current key, {@code batchSize} rows a transaction. */
    public static Progress reencrypt(Connection c, PiiCipher cipher, int batchSize) throws SQLException {
        String current = cipher.currentKeyId();
        long done = 0;
        int batches = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String[] column : cipherColumns(c)) {
                String table = quote(column[0]);
                String col = quote(column[1]);
                long after = Long.MIN_VALUE;
                while (true) {
                    List<Object[]> rows = new ArrayList<>();
                    try (PreparedStatement select = c.prepareStatement("select id, " + col + " from " + table
                            + " where id > ? and " + col + " <> '' and " + col + " not like ? order by id")) {
                        select.setLong(1, after);
                        select.setString(2, current + ":%");
                        select.setMaxRows(batchSize);
                        try (ResultSet r = select.executeQuery()) {
                            while (r.next()) {
                                rows.add(new Object[] { r.getLong(1), r.getString(2) });
                            }
                        }
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    try (PreparedStatement update = c.prepareStatement("update " + table + " set " + col
                            + " = ? where id = ? and " + col + " = ?")) {
                        for (Object[] row : rows) {
                            // only if unchanged since read: a value the application wrote meanwhile is already current
                            update.setString(1, cipher.encrypt(cipher.decrypt((String) row[1])));
                            update.setLong(2, (Long) row[0]);
                            update.setString(3, (String) row[1]);
                            done += update.executeUpdate();
                        }
                    }
                    c.commit();
                    batches++;
                    after = (Long) rows.getLast()[0];
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new Progress(done, batches);
    }

    /** How many stored values each key encrypted, by key id. */
    public static Map<String, Long> valuesByKey(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String[] column : cipherColumns(c)) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select " + quote(column[1])
                    + " from " + quote(column[0]) + " where " + quote(column[1]) + " <> ''")) {
                while (r.next()) {
                    counts.merge(PiiCipher.keyIdOf(r.getString(1)), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Removes {@code keyId} from the key file, refused while a stored value still needs it. */
    public static PiiKeys retire(Path keyFile, Connection c, String keyId) throws IOException, SQLException {
        long using = valuesByKey(c).getOrDefault(keyId, 0L);
        if (using > 0) {
            throw new IllegalStateException(using + " stored values are still encrypted with " + keyId
                    + ": run ./gongzhi rotate-key reencrypt first");
        }
        PiiKeys keys = PiiKeys.parse(Files.readString(keyFile)).without(keyId);
        PiiCipher.write(keyFile, keys);
        return keys;
    }

    /** Table and column of every {@code …_cipher} column of the application's tables. */
    static List<String[]> cipherColumns(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where lower(c.table_schema) = 'public' and t.table_type in ('BASE TABLE', 'TABLE')
                  and lower(c.column_name) like '%\\_cipher' escape '\\'
                order by c.table_name, c.column_name""")) {
            while (r.next()) {
                columns.add(new String[] { r.getString(1), r.getString(2) });
            }
        }
        return columns;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * {@code rotate-key add | reencrypt [--batch=500] | retire <key id> | status}, with the installation read as
     * {@code ./gongzhi backup} reads it ({@code --postgres}, {@code --name=value}).
     */
    public static void main(String[] args) throws Exception {
        String step = args.length == 0 ? "" : args[0];
        int options = step.equals("retire") ? 2 : 1;
        if (!List.of("add", "reencrypt", "retire", "status").contains(step) || args.length < options) {
            System.err.println("usage: rotate-key add | reencrypt [--batch=500] | retire <key id> | status"
                    + " [--postgres] [--spring.datasource.url=...]");
            System.exit(2);
        }
        Backup.Installation at = Backup.installation(args, options);
        int batch = 500;
        for (String a : args) {
            if (a.startsWith("--batch=")) {
                batch = Integer.parseInt(a.substring("--batch=".length()));
            }
        }
        try {
            if (step.equals("add")) {
                PiiKeys keys = addKey(at.keyFile());
                System.out.println("new ID-number key " + keys.current() + " added to " + at.keyFile()
                        + "; restart the application, then run ./gongzhi rotate-key reencrypt");
                return;
            }
            String keyText = System.getenv("GONGZHI_PII_KEY");
            PiiCipher cipher = keyText != null && !keyText.isBlank() ? new PiiCipher(PiiKeys.parse(keyText))
                    : new PiiCipher(PiiCipher.keysFromFile(at.keyFile(), new SecureRandom()));
            try (Connection c = DriverManager.getConnection(at.url(), at.username(), at.password())) {
                switch (step) {
                    case "reencrypt" -> {
                        Progress p = reencrypt(c, cipher, batch);
                        System.out.println("re-encrypted " + p.reencrypted() + " values under " + cipher.currentKeyId()
                                + " in " + p.batches() + " batches; values by key: " + valuesByKey(c));
                    }
                    case "retire" -> {
                        PiiKeys keys = retire(at.keyFile(), c, args[1]);
                        System.out.println("key " + args[1] + " removed; keys left: " + keys);
                    }
                    default -> System.out.println("current key " + cipher.currentKeyId() + "; values by key: "
                            + valuesByKey(c));
                }
            }
        } catch (SQLException | RuntimeException e) {
            System.err.println("rotate-key " + step + " failed: " + e.getMessage().lines().findFirst().orElse(""));
            System.exit(1);
        }
    }
}
