package org.gongzhi.shared.jdbc;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The row-lock clauses a statement ends with, in the database's own words. PostgreSQL has finer locks than H2, and
 * using them lets writers of one hot row (a vote, a campaign) queue only where they must; H2 knows only
 * {@code for update}, and there every lock is exclusive.
 */
@Component
public class RowLocks {

    private final boolean postgres;

    public RowLocks(DataSource dataSource) {
        this.postgres = BulkCopy.isPostgres(dataSource);
    }

    /** Held alongside other holders of the same kind; waits for (and blocks) any change of the row. */
    public String shared() {
        return postgres ? "for share" : "for update";
    }

    /**
     * Held alone, but without blocking the insertion of rows that refer to this one (their foreign-key checks): a
     * transaction that inserted such a row first and locks this row after cannot deadlock with another doing the same.
     */
    public String exclusive() {
        return postgres ? "for no key update" : "for update";
    }

    /**
     * Whether one statement may write to several tables (PostgreSQL's data-modifying {@code WITH}). A write that
     * takes a hot row and records what it did in one such statement, committed on its own, holds the row only while
     * the database runs it, never across a round trip to the app. H2 has no such statement.
     */
    public boolean oneStatementWrites() {
        return postgres;
    }
}
