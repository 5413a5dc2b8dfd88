package org.gongzhi.shared.web;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, the network to it down, no connection
 * free within the pool's timeout): such a request is answered 503 "try again shortly", not 500, and nothing of it was
 * saved. Looks through the whole chain of causes, since the pool's, the driver's and Spring's exceptions wrap each
 * other differently on each path (a repository call, the start of a transaction, a security filter).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || connectionState(t)) {
                return true;
            }
            // the commit or rollback itself failed at the driver: the transaction manager translates every SQL state it
            // knows (a serialization failure, a constraint), so what is left is a connection that broke under it — the
            // pool then reports a bare "Connection is closed" without a state
            if (t instanceof TransactionSystemException && t.getCause() instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    /** SQL state class 08 is "connection exception" in the SQL standard; PostgreSQL's 57P01–57P03 are shutdowns. */
    private static boolean connectionState(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
