package org.gongzhi.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.Sessions;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.SecondFactor;

/**
 * The second step of signing in for an account with a second factor: the password was right, the authenticated
 * principal waits in the session (the security context stays empty), and a code from the authenticator app or a
 * recovery code finishes the sign-in, marked {@link SecondFactor#PASSED}. Wrong codes count into the sign-in throttle
 * of the user name, as wrong passwords do; the waiting sign-in lapses after five minutes.
 */
@Controller
class SecondFactorSignIn {

    /** The session attribute holding the sign-in that waits for its code. */
    static final String PENDING = "gongzhi.pendingSecondFactor";
    private static final long WAIT_MILLIS = 5 * 60 * 1000L;

    private final SecondFactors factors;
    private final LoginThrottle throttle;
    private final Accounts accounts;
    private final Sessions sessions;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(SecondFactors factors, LoginThrottle throttle, Accounts accounts, Sessions sessions) {
        this.factors = factors;
        this.throttle = throttle;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** A password sign-in waiting for its code, and since when. */
    record Pending(Authentication authentication, long since) implements Serializable {
    }

    /** Whether this sign-in must give a code: then it is put aside and the security context emptied. */
    static boolean parkIfNeeded(SecondFactors factors, HttpServletRequest request, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof AccountPrincipal principal)
                || !factors.enabled(principal.actor().accountId())) {
            return false;
        }
        HttpSession session = request.getSession();
        session.setAttribute(PENDING, new Pending(authentication, System.currentTimeMillis()));
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        return true;
    }

    @GetMapping("/login/code")
    String page() {
        if (Actor.current().isPresent()) {
            return "redirect:/";
        }
        return "identity/login-code";
    }

    @PostMapping("/login/code")
    void finish(@RequestParam(required = false) String code, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?codeExpired");
            return;
        }
        Authentication password = pending.get().authentication();
        AccountPrincipal principal = (AccountPrincipal) password.getPrincipal();
        Optional<LoginThrottle.Claim> claim = throttle.claim(principal.getUsername(), LoginThrottle.currentAddress());
        if (claim.isEmpty()) {
            forget(request);
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        if (factors.check(principal.actor().accountId(), code) == SecondFactors.Check.WRONG) {
            if (throttle.failed(claim.get()).isPresent()) {
                forget(request);
                response.sendRedirect(request.getContextPath() + "/login?locked");
            } else {
                response.sendRedirect(request.getContextPath() + "/login/code?error");
            }
            return;
        }
        throttle.succeeded(claim.get());
        forget(request);
        List<GrantedAuthority> authorities = new ArrayList<>(password.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(SecondFactor.PASSED));
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(principal,
                null, authorities);
        signedIn.setDetails(password.getDetails());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        new SecurityConfig.RememberPreferences(accounts, sessions, factors).signedIn(request, response, signedIn);
    }

    private static Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PENDING) instanceof Pending p
                && p.since() + WAIT_MILLIS > System.currentTimeMillis()) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }
}
