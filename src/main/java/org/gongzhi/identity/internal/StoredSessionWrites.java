package org.gongzhi.identity.internal;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

import org.gongzhi.identity.Sessions;
import org.gongzhi.shared.jdbc.BulkCopy;

/**
 * A browser fires several requests at once on a fresh session (a page, its form's token, a second tab), and each of
 * them may add the same attribute to the stored session (the CSRF token first of all). Spring Session adds an
 * attribute with a plain insert, so the second request failed on the attributes' primary key and the person saw an
 * error page. An added attribute is therefore written as an upsert: the last request's value stays, as it would in
 * memory.
 * <p>
 * Spring Session also rewrites the session's row after every request, for its time of last use alone: on PostgreSQL a
 * committed write for every page anyone looks at. The row is therefore written only when something else of it changed
 * (its id, timeout or person) or when its last use is more than {@link Sessions#USE_GRANULARITY} old: a session then
 * expires at most that much before its timeout of idleness (8 hours), and the list of one's sessions shows the last
 * use to the minute.
 */
@Component
class StoredSessionWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    /** H2's own upsert, by the attributes' primary key. */
    static final String H2_ADD_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /**
     * The session row's update, with Spring Session's six parameters in its order: written only when more than the
     * time of last use changed, or that time moved by {@link Sessions#USE_GRANULARITY} or more. MERGE, standard SQL
     * that H2 and PostgreSQL (15 and later) both read.
     */
    static final String UPDATE_SESSION = """
            MERGE INTO %TABLE_NAME% t
            USING (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                CAST(? AS INTEGER) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) v
            ON t.PRIMARY_ID = v.primary_id
            WHEN MATCHED AND (t.SESSION_ID <> v.session_id OR t.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                OR t.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                OR t.LAST_ACCESS_TIME < v.last_access_time - """ + Sessions.USE_GRANULARITY.toMillis() + """
            ) THEN
            UPDATE SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            """;

    private final boolean postgres;

    StoredSessionWrites(DataSource dataSource) {
        this.postgres = BulkCopy.isPostgres(dataSource);
    }

    @Override
    public void customize(JdbcIndexedSessionRepository repository) {
        if (postgres) {
            new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
        } else {
            repository.setCreateSessionAttributeQuery(H2_ADD_ATTRIBUTE);
        }
        repository.setUpdateSessionQuery(UPDATE_SESSION);
    }
}
