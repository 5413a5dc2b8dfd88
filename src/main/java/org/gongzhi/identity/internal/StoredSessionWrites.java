package org.gongzhi.identity.internal;

import javax.sql.DataSource;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

import org.gongzhi.shared.jdbc.BulkCopy;

/**
 * A browser fires several requests at once on a fresh session (a page, its form's token, a second tab), and each of
 * them may add the same attribute to the stored session (the CSRF token first of all). Spring Session adds an
 * attribute with a plain insert, so the second request failed on the attributes' primary key and the person saw an
 * error page. An added attribute is therefore written as an upsert: the last request's value stays, as it would in
 * memory.
 */
@Component
class StoredSessionWrites implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    /** H2's own upsert, by the attributes' primary key. */
    static final String H2_ADD_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
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
    }
}
