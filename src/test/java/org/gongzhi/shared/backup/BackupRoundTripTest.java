package org.gongzhi.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.files.PhotoStore;

/**
 * Issue 17, item 13: the demo installation of the test context (register, accounts, cases, votes... and photos)
 * is backed up through the code {@code ./gongzhi backup} runs, restored into a fresh embedded database and an
 * empty photo store, and compared table by table and file by file.
 */
class BackupRoundTripTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    PhotoStore photos;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${gongzhi.files.dir}")
    Path files;

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAnEmptyInstallationHoldsTheSameRowsAndFiles() throws Exception {
        if (!url.startsWith("jdbc:h2:")) {
            return; // the PostgreSQL path (pg_dump / pg_restore) is checked by hand, see docs/security.md
        }
        photos.save(new byte[] {1, 2, 3, (byte) 0xff}, "jpg");
        Path keyFile = temp.resolve("pii.key");
        Files.writeString(keyFile, "a-key-for-the-test");
        Map<String, Long> before;
        try (Connection c = dataSource.getConnection()) {
            before = Backup.rowCounts(c);
        }
        Map<String, String> filesBefore = Backup.checksums(files);

        Path dir = temp.resolve("backup");
        Backup.backup(new Backup.Installation(url, "sa", "", files, keyFile), dir);

        String restoredUrl = "jdbc:h2:mem:restored-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Backup.Installation fresh = new Backup.Installation(restoredUrl, "sa", "", temp.resolve("restored/files"),
                temp.resolve("restored/pii.key"));
        Backup.restore(dir, fresh);

        try (Connection c = DriverManager.getConnection(restoredUrl, "sa", "")) {
            assertThat(before).containsKey("work_order").containsKey("flyway_schema_history");
            assertThat(before.get("work_order")).isPositive();
            assertThat(Backup.rowCounts(c)).isEqualTo(before);
        }
        assertThat(filesBefore).isNotEmpty();
        Map<String, String> restored = Backup.checksums(fresh.files());
        assertThat(filesBefore.entrySet().stream().filter(e -> !e.getValue().equals(restored.get(e.getKey())))
                .map(Map.Entry::getKey).toList()).as("files missing or changed after the restore").isEmpty();
        // photos another test stores meanwhile may or may not be in the backup; what it lists must all come back
        assertThat(restored).isEqualTo(Backup.checksums(dir.resolve(Backup.FILES)));
        assertThat(fresh.keyFile()).hasContent("a-key-for-the-test");

        // a second restore over the now full installation is refused, never mixed in
        assertThatThrownBy(() -> Backup.restore(dir, fresh)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty installation");
    }
}
