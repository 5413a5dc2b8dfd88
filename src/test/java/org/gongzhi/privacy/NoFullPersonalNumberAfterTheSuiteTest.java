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

    /**
     * Columns that may hold a full mobile number, and why; an ID number may not be kept in full in any column. Text a
     * person wrote is kept as they typed it (their edit form shows it back) and masked whenever others read it
     * (Masking.numbersIn; see docs/security.md) — the suite's masking tests write numbers into these on purpose.
     */
    static final Map<String, String> KEPT = Map.of(
            "resident.phone", "the register: committee staff call residents; masked on every screen and export",
            "account_join.phone", "what a person gave when joining, for staff to check against the register",
            "work_order.description", "a resident's own words, masked for others",
            "work_order.rating_comment", "a resident's own words, masked for others",
            "case_event.note", "staff's own words on a step, masked for others",
            "proposal.description", "the author's own words, masked for others",
            "proposal_comment.body", "the author's own words, masked for others");

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
            // and the scan did look: the demo register's phones are there to be found when not passed over
            assertThat(PersonalNumberScanner.inDatabase(c, Map.of()))
                    .anySatisfy(f -> assertThat(f.where()).isEqualTo("resident.phone"));
        }
    }

    @Test
    void the_file_store_holds_no_full_number() throws IOException {
        assertThat(PersonalNumberScanner.inFiles(files)).isEmpty();
    }
}
