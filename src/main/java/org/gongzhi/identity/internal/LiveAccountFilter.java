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
import org.gongzhi.identity.Sessions;
import org.gongzhi.shared.security.Actor;

/**
 * Ends the session of an account that staff locked or deactivated on its very next request, so that a lock takes
 * effect at once and not when the session times out; likewise a session that signed in before the account's password
 * last changed (the password was changed elsewhere, or reset). A lock for failed passwords does not: it would let anyone who
 * knows a user name throw its owner out. A session its person ended (from another browser, or the API) likewise ends on
 * its next request. A call with a bearer token is not looked at again: the token's lookup has just read the account's
 * lock (BearerTokenFilter), and such a call has no session.
 */
class LiveAccountFilter extends OncePerRequestFilter {

    private final LiveAccounts accounts;
    private final Sessions sessions;

    LiveAccountFilter(LiveAccounts accounts, Sessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var actor = Actor.current();
        if (actor.isPresent() && request.getAttribute(BearerTokenFilter.LIVE_CHECKED) == null) {
            HttpSession session = request.getSession(false);
            Long record = session != null && session.getAttribute(Sessions.RECORD) instanceof Long id ? id : null;
            LiveAccounts.State state = accounts.state(actor.get().accountId());
            if (!mayGoOn(state, session)) {
                if (record != null) {
                    sessions.close(record, state.mayAct() ? Sessions.PASSWORD : Sessions.LOCKED);
                }
                refuse(request, response, "This account is locked", "/login?locked");
                return;
            }
            if (record != null && !sessions.stillOpen(actor.get().accountId(), record)) {
                refuse(request, response, "This session has been ended", "/login?ended");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Signs the request's session out: programs get a 401 problem, people the sign-in page saying why. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail, String page)
            throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith("/api/")) {
            SecurityConfig.problem(request, response, HttpStatus.UNAUTHORIZED, detail);
        } else {
            response.sendRedirect(request.getContextPath() + page);
        }
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
