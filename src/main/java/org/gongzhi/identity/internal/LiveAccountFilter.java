package org.gongzhi.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzhi.shared.security.Actor;

/**
 * Ends the session of an account that staff locked or deactivated on its very next request, so that a lock takes
 * effect at once and not when the session times out. A lock for failed passwords does not: it would let anyone who
 * knows a user name throw its owner out.
 */
class LiveAccountFilter extends OncePerRequestFilter {

    private final LiveAccounts accounts;

    LiveAccountFilter(LiveAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var actor = Actor.current();
        if (actor.isPresent() && !accounts.mayAct(actor.get().accountId())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (request.getRequestURI().startsWith("/api/")) {
                SecurityConfig.problem(request, response, HttpStatus.UNAUTHORIZED, "This account is locked");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?locked");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
