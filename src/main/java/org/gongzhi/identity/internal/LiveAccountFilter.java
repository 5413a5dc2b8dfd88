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

import org.gongzhi.identity.Accounts;
import org.gongzhi.shared.security.Actor;

/**
 * Ends the session of an account that staff locked or deactivated on its very next request, so that a lock takes
 * effect at once and not when the session times out; likewise a session that signed in before the account's password
 * last changed (the password was changed elsewhere, or reset). A lock for failed passwords does not: it would let anyone who
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
        if (actor.isPresent() && !mayGoOn(accounts.state(actor.get().accountId()), request.getSession(false))) {
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

    /**
     * The account may act, and the session (if the request has one) signed in after the account's last password
     * change; a session without its sign-in time counts from its creation.
     */
    static boolean mayGoOn(LiveAccounts.State state, HttpSession session) {
        if (!state.mayAct()) {
            return false;
        }
        if (session == null || state.credentialsChangedAt() == null) {
            return true;
        }
        long signedIn = session.getAttribute(Accounts.SIGNED_IN_AT) instanceof Long at ? at : session.getCreationTime();
        return signedIn >= state.credentialsChangedAt().toInstant().toEpochMilli();
    }
}
