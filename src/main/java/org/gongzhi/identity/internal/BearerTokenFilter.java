package org.gongzhi.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.shared.security.SecondFactor;

/** Authenticates API calls that carry {@code Authorization: Bearer <token>}; no session is created for them. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final RequestAttributeSecurityContextRepository THIS_REQUEST =
            new RequestAttributeSecurityContextRepository();

    /** A request attribute: the account's lock was read in this request, as the token was looked up. */
    static final String LIVE_CHECKED = BearerTokenFilter.class.getName() + ".LIVE_CHECKED";

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    static boolean carriesToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesToken(request)) {
            String token = request.getHeader("Authorization").substring(7).trim();
            var holder = tokens.holder(token);
            if (holder.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                SecurityConfig.problem(request, response, HttpStatus.UNAUTHORIZED, "The bearer token is not valid");
                return;
            }
            // the token's lookup found the account enabled and not locked just now, and read its roles: no password
            // hash is needed, nor the lock read again
            AccountPrincipal principal = new AccountPrincipal(holder.get().actor(), null, true, false);
            List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
            if (holder.get().secondFactor()) {
                authorities.add(new SimpleGrantedAuthority(SecondFactor.PASSED));
            }
            var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
            // kept for this request only: otherwise the session management would save it in a new session, a row in
            // the session table (and a cookie) for every API call
            THIS_REQUEST.saveContext(context, request, response);
            // the token's lookup found the account enabled and not locked just now: LiveAccountFilter need not ask
            request.setAttribute(LIVE_CHECKED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
