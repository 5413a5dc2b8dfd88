package org.gongzhi.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.audit.AuditTrail;

/**
 * Bulk audit entries go by COPY on PostgreSQL and by a multi-row insert on H2: either way every character of a
 * detail arrives as written, and a rolled-back transaction takes the copied rows back.
 */
class BulkCopyTest extends IntegrationTest {

    private static final String AWKWARD = "tab\there, back\\slash, \\N, new\nline, return\r, 引号\"'，完";

    @Autowired
    AuditTrail audit;

    @Autowired
    BulkCopy copy;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void copy_is_used_exactly_on_postgres() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(copy.available()).isEqualTo(connection.getMetaData().getURL().startsWith("jdbc:postgresql:"));
        }
    }

    @Test
    void every_character_of_a_bulk_entry_arrives_as_written_and_null_stays_null() {
        String action = "BULK_COPY_" + System.nanoTime() % 1_000_000;
        audit.recordEach(1L, action, "bulk", List.of(new AuditTrail.Subject(1, AWKWARD),
                new AuditTrail.Subject(2, null), new AuditTrail.Subject(3, "")));
        assertThat(jdbc.sql("select detail from audit_event where action = ? order by subject_id").param(action)
                .query(String.class).list()).containsExactly(AWKWARD, null, "");
    }

    @Test
    void a_rolled_back_transaction_leaves_no_copied_row() {
        String action = "BULK_ROLLBACK_" + System.nanoTime() % 1_000_000;
        transactions.executeWithoutResult(status -> {
            audit.recordEach(1L, action, "bulk", List.of(new AuditTrail.Subject(1, "one"),
                    new AuditTrail.Subject(2, "two")));
            assertThat(jdbc.sql("select count(*) from audit_event where action = ?").param(action)
                    .query(Long.class).single()).as("seen inside the transaction").isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from audit_event where action = ?").param(action).query(Long.class)
                .single()).isZero();
    }
}
