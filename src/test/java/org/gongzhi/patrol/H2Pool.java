package org.gongzhi.patrol;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The connection pool of an application on H2, as a test needs to age it. */
final class H2Pool {

    private H2Pool() {
    }

    /**
     * Closes every pooled connection, as the pool does when they reach their maximum lifetime, and waits until
     * none of the database's sessions from before (the one that ran the migrations among them) is left. The pool
     * retires its connections one by one, so the database stays open meanwhile: closing its last session would
     * close a file database, and opening it again reads the schema afresh, which hid the fault of H2 2.4.240.
     */
    static void replaceEveryConnection(DataSource dataSource, JdbcClient jdbc)
            throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Set<String> before = Set.copyOf(sessions(jdbc));
        try (Connection keepsDatabaseOpen = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword())) {
            pool.getHikariPoolMXBean().softEvictConnections();
            Awaitility.await("sessions from before closed: " + before).atMost(Duration.ofSeconds(10))
                    .until(() -> sessions(jdbc).stream().noneMatch(before::contains));
        }
    }

    /** The open sessions, each as its number and start: H2 gives a closed session's number to a new one. */
    private static List<String> sessions(JdbcClient jdbc) {
        return jdbc.sql("select session_id || ' ' || session_start from information_schema.sessions")
                .query(String.class).list();
    }
}
