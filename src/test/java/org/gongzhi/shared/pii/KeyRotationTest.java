package org.gongzhi.shared.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotating the ID-number key: encrypted with the old key, re-encrypted, and readable with the old key gone. */
class KeyRotationTest {

    private static final String OLD_STYLE_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    @TempDir
    Path dir;

    @Test
    void values_encrypted_with_the_old_key_stay_readable_after_rotation_and_the_old_key_is_gone() throws Exception {
        Path keyFile = dir.resolve("pii.key");
        Files.writeString(keyFile, OLD_STYLE_KEY + "\n");
        PiiCipher before = new PiiCipher("", keyFile.toString());
        // a value from before keys had ids: bare base64, as installations wrote it until now
        String legacy = legacyCiphertext(before, "11010519491231002X");
        assertThat(legacy).doesNotContain(":");
        assertThat(before.decrypt(legacy)).isEqualTo("11010519491231002X");
        String digestBefore = before.digest("11010519491231002X");

        try (Connection c = database("rotate")) {
            insert(c, "person", legacy);
            for (int i = 0; i < 25; i++) {
                insert(c, i % 2 == 0 ? "person" : "owner", before.encrypt("3101011980010100" + String.format("%02d", i)));
            }
            insert(c, "owner", "");   // emptied (as an anonymised resident's request): no value, left alone
            insert(c, "owner", null);
            assertThat(KeyRotation.valuesByKey(c)).isEqualTo(Map.of("k1", 26L));

            PiiKeys added = KeyRotation.addKey(keyFile);
            assertThat(added.current()).isEqualTo("k2");
            PiiCipher during = new PiiCipher("", keyFile.toString());
            assertThat(during.encrypt("x")).startsWith("k2:");
            assertThatThrownBy(() -> KeyRotation.retire(keyFile, c, "k1")).hasMessageContaining("26 stored values");

            KeyRotation.Progress progress = KeyRotation.reencrypt(c, during, 7);
            assertThat(progress.reencrypted()).isEqualTo(26);
            assertThat(progress.batches()).isEqualTo(4);   // 14 + 12 rows in batches of 7
            assertThat(KeyRotation.valuesByKey(c)).isEqualTo(Map.of("k2", 26L));
            assertThat(KeyRotation.reencrypt(c, during, 7).reencrypted()).as("a second run finds nothing to do").isZero();

            KeyRotation.retire(keyFile, c, "k1");
            assertThat(Files.readString(keyFile)).doesNotContain("k1=").doesNotContain(OLD_STYLE_KEY);
            PiiCipher after = new PiiCipher("", keyFile.toString());
            List<String> plain = new ArrayList<>();
            for (String stored : values(c)) {
                plain.add(after.decrypt(stored));
            }
            assertThat(plain).hasSize(26).contains("11010519491231002X", "310101198001010024");
            assertThat(after.digest("11010519491231002X")).as("look-ups keep finding duplicates").isEqualTo(digestBefore);
            assertThatThrownBy(() -> after.decrypt(legacy)).hasMessageContaining("no ID-number key k1");
        }
    }

    @Test
    void an_interrupted_reencryption_leaves_every_value_readable_and_resumes() throws Exception {
        PiiKeys first = PiiKeys.fresh(new SecureRandom());
        PiiCipher old = new PiiCipher(first);
        PiiKeys both = first.withNewKey(new SecureRandom());
        try (Connection c = database("resume")) {
            for (int i = 0; i < 10; i++) {
                insert(c, "person", old.encrypt("4401011990020300" + String.format("%02d", i)));
            }
            // fails on the seventh value, in the second batch of five
            PiiCipher failing = new PiiCipher(both) {
                int calls;

                @Override
                public String encrypt(String plain) {
                    if (++calls == 7) {
                        throw new IllegalStateException("power cut");
                    }
                    return super.encrypt(plain);
                }
            };
            assertThatThrownBy(() -> KeyRotation.reencrypt(c, failing, 5)).hasMessage("power cut");
            assertThat(KeyRotation.valuesByKey(c)).isEqualTo(Map.of("k1", 5L, "k2", 5L));
            PiiCipher reader = new PiiCipher(both);
            for (String stored : values(c)) {
                assertThat(reader.decrypt(stored)).startsWith("4401011990020300");
            }
            assertThat(KeyRotation.reencrypt(c, reader, 5).reencrypted()).isEqualTo(5);
            PiiCipher newOnly = new PiiCipher(both.without("k1"));
            for (String stored : values(c)) {
                assertThat(newOnly.decrypt(stored)).startsWith("4401011990020300");
            }
        }
    }

    @Test
    void the_current_key_cannot_be_retired_and_a_ring_reads_back_as_written() {
        PiiKeys keys = PiiKeys.fresh(new SecureRandom()).withNewKey(new SecureRandom()).withNewKey(new SecureRandom());
        assertThat(keys.current()).isEqualTo("k3");
        assertThatThrownBy(() -> keys.without("k3")).hasMessageContaining("current key");
        PiiKeys read = PiiKeys.parse(keys.format());
        assertThat(read.current()).isEqualTo("k3");
        assertThat(read.masters().keySet()).containsExactlyInAnyOrder("k1", "k2", "k3");
        assertThat(read.digestKey()).isEqualTo(keys.digestKey());
        assertThat(new PiiCipher(read).decrypt(new PiiCipher(keys).encrypt("x"))).isEqualTo("x");
    }

    /** What PiiCipher wrote before key ids: base64 of IV and sealed bytes under key k1, no prefix. */
    private static String legacyCiphertext(PiiCipher cipher, String plain) {
        String named = cipher.encrypt(plain);
        assertThat(named).startsWith("k1:");
        return named.substring(3);
    }

    private static Connection database(String name) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:rotation_" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Statement s = c.createStatement()) {
            s.execute("create table person (id bigint generated by default as identity primary key, id_card_cipher varchar(200))");
            s.execute("create table owner (id bigint generated by default as identity primary key, id_card_cipher varchar(200))");
            s.execute("create view person_view as select id, id_card_cipher from person");
        }
        return c;
    }

    private static void insert(Connection c, String table, String cipher) throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into " + table + " (id_card_cipher) values (?)")) {
            p.setString(1, cipher);
            p.executeUpdate();
        }
    }

    private static List<String> values(Connection c) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select id_card_cipher from person union all select id_card_cipher from owner where id_card_cipher <> ''")) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
