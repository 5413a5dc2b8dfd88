package org.gongzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import org.gongzhi.shared.pii.PiiCipher;
import org.gongzhi.shared.pii.PiiKeys;

/**
 * The bench data generator (bench/datagen/DataGen.java, a source file outside the build) compiled and run twice
 * into empty H2 databases with the same seed: the same rows, table by table, and rows the application reads as its
 * own (ID numbers that its cipher decrypts to valid numbers with the matching digest, counters that agree with their
 * rows, stairwells of every household). To stay quick the community has 2 of its 15 grids and 300 of its 10,000 proposals.
 */
class BenchDataGenTest {

    @TempDir
    Path classes;

    @Test
    void theSameSeedGivesTheSameRowsAndTheAppReadsThem() throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int status = javac.run(null, null, null, "-proc:none", "-d", classes.toString(), "-cp", classpath,
                Path.of("bench/datagen/DataGen.java").toString());
        assertThat(status).isZero();
        System.setProperty("datagen.grids", "2");
        System.setProperty("datagen.proposals", "300");
        System.setProperty("datagen.thread", "40");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Method run = loader.loadClass("DataGen").getMethod("run", int.class, long.class, String.class,
                    String.class, String.class, boolean.class);
            String first = "jdbc:h2:mem:datagen1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
            String second = "jdbc:h2:mem:datagen2;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
            Object a = run.invoke(null, 1, 42L, first, "sa", "", false);
            Object b = run.invoke(null, 1, 42L, second, "sa", "", false);
            Map<?, ?> rowsA = (Map<?, ?>) a.getClass().getMethod("rows").invoke(a);
            Map<?, ?> sumsA = (Map<?, ?>) a.getClass().getMethod("checksums").invoke(a);
            assertThat(rowsA).isEqualTo(b.getClass().getMethod("rows").invoke(b));
            assertThat(sumsA).isEqualTo(b.getClass().getMethod("checksums").invoke(b));
            // two grids of fifteen: 46 stairwells, 736 units, 725 of them lived in
            assertThat(rowsA.get("stairwell")).isEqualTo(46L);
            assertThat(rowsA.get("household")).isEqualTo(725L);
            assertThat((Long) rowsA.get("resident")).isBetween(1_800L, 2_300L);
            assertThat(rowsA.get("proposal")).isEqualTo(300L);
            String key = (String) a.getClass().getMethod("piiKey").invoke(a);
            readsAsTheApp(first, new PiiCipher(PiiKeys.parse(key)));
        } finally {
            System.clearProperty("datagen.grids");
            System.clearProperty("datagen.proposals");
            System.clearProperty("datagen.thread");
        }
    }

    private static void readsAsTheApp(String url, PiiCipher cipher) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery(
                    "select id_card_cipher, id_card_digest from resident where id_card_cipher is not null limit 50")) {
                int read = 0;
                while (rs.next()) {
                    String number = cipher.decrypt(rs.getString(1));
                    assertThat(org.gongzhi.community.resident.IdCardNumber.parse(number)).isPresent();
                    assertThat(cipher.digest(number)).isEqualTo(rs.getString(2));
                    read++;
                }
                assertThat(read).isEqualTo(50);
            }
            assertThat(single(st, "select count(*) from proposal p where p.supports <> "
                    + "(select count(*) from proposal_support s where s.proposal_id = p.id) or p.comments <> "
                    + "(select count(*) from proposal_comment m where m.proposal_id = p.id)")).isZero();
            assertThat(single(st, "select max(comments) from proposal")).isEqualTo(40);
            assertThat(single(st, "select count(*) from current_ballot c where not exists (select 1 from ballot b "
                    + "where b.id = c.ballot_id and b.vote_id = c.vote_id and b.elector_id = c.elector_id)")).isZero();
            assertThat(single(st, "select count(*) from register_household where stairwell_id is null")).isZero();
            try (ResultSet rs = st.executeQuery("select password_hash from account where username = 'rc.staff.c1'")) {
                assertThat(rs.next()).isTrue();
                assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("gongzhi-demo",
                        rs.getString(1))).isTrue();
            }
            assertThat(single(st, "select count(*) from stairwell where code = 'C1-1-1'")).isEqualTo(1);
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
