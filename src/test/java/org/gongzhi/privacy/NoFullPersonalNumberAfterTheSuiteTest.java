package org.gongzhi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.gongzhi.IntegrationTest;

/**
 * Runs after every other test class (the suite orders classes by {@link Order}, see junit-platform.properties; the
 * others have the default order) and looks for full ID-card and mobile numbers in the test logs, in every text
 * column of the database the suite wrote to, and in the file store. Only the columns that keep a number on purpose
 * are passed over; each says why.
 */
@Order(Integer.MAX_VALUE)
class NoFullPersonalNumberAfterTheSuiteTest extends IntegrationTest {

    /** Columns that hold a full mobile number on purpose; an ID number is never kept in full anywhere. */
    static final Map<String, String> KEPT = Map.of(
            "resident.phone", "the register: committee staff call residents; masked on every screen and export",
            "account_join.phone", "what a person gave when joining, for staff to check against the register");

    @Autowired
    DataSource dataSource;

    @Value("${gongzhi.files.dir}")
    Path files;

    @Test
    void the_logs_hold_no_full_number() throws IOException {
        List<PersonalNumberScanner.Finding> found = new ArrayList<>();
        Path log = Path.of("target/test.log");
        assertThat(log).as("the suite's log file (logback-test.xml)").exists();
        found.addAll(PersonalNumberScanner.inText(log.toString(), Files.readString(log, StandardCharsets.UTF_8)));
        Path reports = Path.of("target/surefire-reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> all = Files.list(reports)) {
                for (Path report : all.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    found.addAll(PersonalNumberScanner.inText(report.toString(),
                            new String(Files.readAllBytes(report), StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_database_holds_no_full_number_outside_the_columns_meant_for_one() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(PersonalNumberScanner.inDatabase(c, KEPT)).isEmpty();
        }
    }

    @Test
    void the_file_store_holds_no_full_number() throws IOException {
        assertThat(PersonalNumberScanner.inFiles(files)).isEmpty();
    }
}
