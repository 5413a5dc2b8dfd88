package org.gongzhi.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import org.gongzhi.IntegrationTest;

/**
 * The embedded database keeps taking writes once the pool has retired the connection Flyway migrated with, as it
 * does after half an hour in a running app: H2 2.4.240 then refused every row of a table with a CHECK constraint.
 */
class FreshConnectionsWriteEveryTableTest extends IntegrationTest {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Environment environment;

    @Test
    void every_table_takes_a_write_after_the_pool_replaced_the_connection_that_created_it() throws Exception {
        assumeTrue(environment.matchesProfiles("h2"), "a fault of the embedded database");
        H2Pool.replaceEveryConnection(dataSource, jdbc);

        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables where table_schema = 'public'
                and table_type = 'BASE TABLE' order by table_name""").query(String.class).list();
        List<String> empty = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String table : tables) {
            try {
                if (rewriteOneRow(table) == 0) {
                    empty.add(table);
                }
            } catch (RuntimeException e) {
                refused.add(table + ": " + e.getMessage());
            }
        }
        assertThat(refused).as("tables that refused a write through a new connection").isEmpty();
        assertThat(empty).as("tables with CHECK constraints need demo rows for this test to write")
                .doesNotContainAnyElementsOf(tablesWithChecks());
    }

    /** Writes one row back unchanged, which makes H2 evaluate every constraint of the table on it. */
    private int rewriteOneRow(String table) {
        String column = jdbc.sql("""
                select column_name from information_schema.columns where table_schema = 'public' and table_name = ?
                and is_identity = 'NO' and is_generated = 'NEVER' order by ordinal_position limit 1""")
                .param(table).query(String.class).single();
        return jdbc.sql("update " + table + " set " + column + " = " + column
                + " where _rowid_ = (select min(_rowid_) from " + table + ")").update();
    }

    private Set<String> tablesWithChecks() {
        return Set.copyOf(jdbc.sql("""
                select distinct table_name from information_schema.table_constraints
                where table_schema = 'public' and constraint_type = 'CHECK'""").query(String.class).list());
    }
}
