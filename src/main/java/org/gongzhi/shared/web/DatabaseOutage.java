package org.gongzhi.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database cannot be reached, wherever it failed (a security filter reading the
 * account or token, a controller, the commit), is answered 503 with Retry-After through the site's error page or
 * problem, and logged as one line instead of a stack trace per request: during an outage every request fails the same
 * way, and the log must stay readable. Controllers' failures are already 503 ({@link PageErrors}); this catches the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedIt(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("database unavailable, answered 503: {} {}", request.getMethod(), request.getRequestURI());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, ErrorPages.RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
