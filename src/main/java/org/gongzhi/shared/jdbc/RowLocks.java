package org.gongzhi.shared.jdbc;

import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
     * Runs a write that is one statement committing on its own, and answers what it wrote. Such a statement may write
     * to several tables (PostgreSQL's data-modifying {@code WITH}): a write that takes a hot row and records what it
     * did in it holds the row only while the database runs it, never across a round trip to the app. Empty without
     * running it where it cannot commit on its own (H2, which has no such statement, or inside a transaction of the
     * caller's), and empty when the database refused it whole for a duplicate key: the caller then writes step by
     * step, and finds out why.
     */
    public <T> Optional<T> committedAlone(Supplier<Optional<T>> write) {
        if (!postgres || TransactionSynchronizationManager.isActualTransactionActive()) {
            return Optional.empty();
        }
        try {
            return write.get();
        } catch (DuplicateKeyException refusedWhole) {
            return Optional.empty();
        }
    }
}
