package org.gongzhi.shared.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Many rows into one table by PostgreSQL's {@code COPY … FROM STDIN}, on the connection of the caller's transaction
 * (so a rollback takes them back like any insert). A multi-row insert of 500 residents carries 7,000 parameters that
 * PostgreSQL parses and plans each time; COPY streams the rows as text. On the embedded database there is no COPY:
 * {@link #available()} is false and callers keep their inserts.
 */
@Component
public class BulkCopy {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;

    public BulkCopy(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.postgres = isPostgres(dataSource);
    }

    /** Whether the database is PostgreSQL (the product name its driver reports). */
    public static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return product.toLowerCase(Locale.ROOT).contains("postgres");
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    public boolean available() {
        return postgres;
    }

    /** Ids for rows about to be copied into the table, taken from its identity column as an insert would. */
    public List<Long> reserveIds(String table, int count) {
        requirePostgres();
        return jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, count).query(Long.class).list();
    }

    private void requirePostgres() {
        if (!postgres) {
            throw new IllegalStateException("COPY needs PostgreSQL");
        }
    }

    /**
     * Writes the rows (values in the order of {@code columns}: text, numbers, booleans, dates and times, or null)
     * into the table; the number of rows written.
     */
    public long copy(String table, List<String> columns, List<Object[]> rows) {
        requirePostgres();
        StringBuilder text = new StringBuilder(rows.size() * 16 * columns.size());
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(row.length + " values for " + columns.size() + " columns");
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(text, row[i]);
            }
            text.append('\n');
        }
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
        } catch (SQLException e) {
            DataAccessException translated = new SQLStateSQLExceptionTranslator().translate("COPY into " + table, sql, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY into " + table, sql, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY into " + table + " was cut off", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
