package org.gongzhi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import org.gongzhi.shared.domain.NotFound;

/**
 * Issue 17, item 11: a database that cannot be reached is answered 503 with Retry-After, from a controller and from
 * a security filter alike; other database failures stay 500 (they are faults to fix, not outages to wait out).
 * bench/db-outage.sh proves the same against a PostgreSQL that is really stopped.
 */
class DatabaseOutageAnswersTest {

    private final PageErrors pageErrors = new PageErrors(null, null);

    @Test
    void the_ways_an_unreachable_database_shows_itself_are_recognised_through_their_wrappers() {
        var poolTimedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.causedIt(new CannotGetJdbcConnectionException("no connection", poolTimedOut)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedIt(new CannotCreateTransactionException("begin", poolTimedOut))).isTrue();
        assertThat(DatabaseUnavailable.causedIt(new ServletException(new IllegalStateException(poolTimedOut))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedIt(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseUnavailable.causedIt(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();

        assertThat(DatabaseUnavailable.causedIt(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("commit failed, then the rollback on the broken connection")
                .isTrue();

        assertThat(DatabaseUnavailable.causedIt(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseUnavailable.causedIt(new TransactionSystemException("no transaction in progress")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedIt(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseUnavailable.causedIt(new NotFound("case 1"))).isFalse();
    }

    @Test
    void a_controller_that_cannot_reach_the_database_answers_503_and_asks_to_retry() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cases");
        MockHttpServletResponse response = new MockHttpServletResponse();

        var handled = pageErrors.resolveException(request, response, null,
                new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timeout")));

        assertThat(handled).isNotNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ErrorPages.RETRY_AFTER_SECONDS);
        assertThat(pageErrors.resolveException(request, new MockHttpServletResponse(), null,
                new DataIntegrityViolationException("duplicate key"))).as("any other failure is not an outage").isNull();
    }

    @Test
    void a_filter_that_cannot_reach_the_database_is_answered_503_with_one_line_in_the_log() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/cases");
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain tokenCheckFails = (req, res) -> {
            throw new CannotGetJdbcConnectionException("account state", new SQLTransientConnectionException("timeout"));
        };

        new DatabaseOutage().doFilter(request, response, tokenCheckFails);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ErrorPages.RETRY_AFTER_SECONDS);

        FilterChain bug = (req, res) -> {
            throw new IllegalStateException("a bug");
        };
        assertThatThrownBy(() -> new DatabaseOutage().doFilter(new MockHttpServletRequest("GET", "/cases"),
                new MockHttpServletResponse(), bug)).as("any other failure goes on to the 500 page")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_error_page_and_problem_carry_retry_after_when_the_status_is_503() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
        MockHttpServletResponse response = new MockHttpServletResponse();

        var answer = new ErrorPages().problem(request, response);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo(ErrorPages.RETRY_AFTER_SECONDS);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        assertThat(new ErrorPages().problem(request, new MockHttpServletResponse()).getStatusCode().value())
                .isEqualTo(500);
    }
}
