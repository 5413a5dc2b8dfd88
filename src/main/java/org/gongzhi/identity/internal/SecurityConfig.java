package org.gongzhi.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.Sessions;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.SecondFactor;
import org.gongzhi.shared.web.BackLink;
import org.gongzhi.shared.web.Preferences;

/** Form sign-in and sessions for people, bearer tokens for programs, CSRF and security headers for both. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Where {@link HttpSessionRequestCache} keeps the page to return to after signing in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith("/api/")
            || request.getRequestURI().startsWith("/open311/");

    /**
     * No observation (trace span and timer) for each filter of the security chain, around every request: nothing
     * reads them (the request's own timer, {@code http.server.requests}, stays), and under load they cost about a
     * tenth of an API call's time (docs/performance.md, "Ballots, registrations and pledges").
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwords,
            AuthenticationEventPublisher events, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts) {
            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                    UserDetails user) {
                // the sign-in is kept in the session, a database row: it names who signed in, never the password's hash
                return super.createSuccessAuthentication(
                        principal instanceof AccountPrincipal account ? account.withoutPassword() : principal,
                        authentication, user);
            }
        };
        provider.setPasswordEncoder(passwords);
        // a locked or deactivated account says so only to whoever knows its password: before the check, every
        // name — known, unknown, locked — takes the same path and gets the same answer
        UserDetailsChecker status = new AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(status);
        ProviderManager manager = new ProviderManager(new ThrottledAuthentication(provider, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, Accounts accounts,
            LiveAccounts live, Sessions sessions, SecondFactors factors) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/login/code", "/css/**", "/js/**", "/img/**", "/favicon*", "/error",
                                "/s/**", "/preferences/**", "/calendar/**", "/actuator/health/**",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/open311/**", "/join", "/join/**",
                                "/password-reset").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/join",
                                "/api/v1/password-reset").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/stairwells/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/pets/stats").permitAll()
                        .requestMatchers(HttpMethod.GET, "/transparency", "/api/v1/transparency", "/api/v1/open-data",
                                "/open-data.zip", "/webjars/**").permitAll()
                        // the micro-renewal public board: projects, progress photos, crowdfunding and its ledger
                        .requestMatchers(HttpMethod.GET, "/projects", "/projects/*", "/projects/*/campaign",
                                "/projects/*/progress/*/photo", "/api/v1/projects", "/api/v1/projects/*",
                                "/api/v1/projects/*/campaign", "/api/v1/projects/*/ledger", "/api/v1/projects/*/spending",
                                "/api/v1/projects/*/acceptance", "/api/v1/projects/*/acceptance/comments").permitAll()
                        // 我的植物邻居: a plant's page, its growth photos and its updates (the child's name masked)
                        .requestMatchers(HttpMethod.GET, "/plants/*", "/plants/*/updates/*/photo", "/api/v1/plants/*",
                                "/api/v1/plants/*/updates").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(new RememberPreferences(accounts, sessions, factors))
                        .failureHandler(new LoginFailure()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            HttpSession session = request.getSession(false);
                            if (session != null && session.getAttribute(Sessions.RECORD) instanceof Long record) {
                                sessions.close(record, Sessions.SIGNED_OUT);
                            }
                        }))
                // CSRF protects session cookies; API calls without a session carry none to protect, nor does the
                // choice of language or care mode of someone not signed in, which only sets a cookie on that browser
                // (and its form carries no token, which would open a session for every visitor of a public page)
                .csrf(c -> c.ignoringRequestMatchers(BearerTokenFilter::carriesToken,
                        request -> API.matches(request) && request.getSession(false) == null,
                        request -> request.getRequestURI().startsWith("/preferences/") && Actor.current().isEmpty()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                // a bearer token's sign-in is kept for its request only (BearerTokenFilter): the session management
                // finds it there and does not store it in a new session (a database row per API call)
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .exceptionHandling(e -> e.authenticationEntryPoint(signInFirst()).accessDeniedHandler(refuse()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
                                        + "form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        // sent on secure requests only; behind the HTTPS proxy the forwarded headers make them so
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .addFilterBefore(new BearerTokenFilter(tokens),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new LiveAccountFilter(live, sessions), AuthorizationFilter.class);
        return http.build();
    }

    /** Programs get a 401 problem; people are sent to the sign-in page. */
    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (API.matches(request)) {
                problem(request, response, HttpStatus.UNAUTHORIZED, "Sign in, or send a valid bearer token");
            } else {
                pages.commence(request, response, e);
            }
        };
    }

    /** An RFC 9457 problem, as the API's own errors are written. */
    static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\",\"instance\":\""
                + request.getRequestURI().replaceAll("[\"\\\\\\p{Cntrl}]", "") + "\"}");
    }

    /**
     * Programs get a 403 problem; for people a refusal goes to the error page with its reason. A form refused for its
     * token (the session expired while it was open) leads, after signing in again, back to the page the form was on.
     */
    private static AccessDeniedHandler refuse() {
        return (request, response, e) -> {
            if (response.isCommitted()) {
                return;
            }
            if (API.matches(request)) {
                problem(request, response, HttpStatus.FORBIDDEN, e instanceof SecondFactor.Required
                        ? e.getMessage() : "Not allowed for this account");
                return;
            }
            request.setAttribute(WebAttributes.ACCESS_DENIED_403, e);
            if (e instanceof CsrfException) {
                BackLink.of(request).ifPresent(page -> request.getSession().setAttribute(SAVED_REQUEST,
                        new SimpleSavedRequest(page)));
            }
            response.sendError(HttpStatus.FORBIDDEN.value());
        };
    }

    /**
     * After the password, an account with a second factor goes on to {@code /login/code}; once signed in, the
     * account's own care mode and language follow it to this browser.
     */
    static final class RememberPreferences extends SavedRequestAwareAuthenticationSuccessHandler {

        private final Accounts accounts;
        private final Sessions sessions;
        private final SecondFactors factors;

        RememberPreferences(Accounts accounts, Sessions sessions, SecondFactors factors) {
            this.accounts = accounts;
            this.sessions = sessions;
            this.factors = factors;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            if (SecondFactorSignIn.parkIfNeeded(factors, request, authentication)) {
                getRedirectStrategy().sendRedirect(request, response, "/login/code");
                return;
            }
            signedIn(request, response, authentication);
        }

        /** The sign-in is complete: record the session, bring the preferences, go where the person was going. */
        void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            request.getSession().setAttribute(Accounts.SIGNED_IN_AT, System.currentTimeMillis());
            if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                request.getSession().setAttribute(Sessions.RECORD, sessions.begin(principal.actor().accountId(),
                        request.getHeader("User-Agent"), request.getRemoteAddr()));
                if (principal.actor().careMode()) {
                    Preferences.rememberCareMode(response, true);
                }
                accounts.language(principal.actor().accountId()).ifPresent(
                        tag -> Preferences.rememberLanguage(response, tag));
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Tells a locked-out person that they are locked out rather than that the password is wrong. */
    static final class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException, ServletException {
            getRedirectStrategy().sendRedirect(request, response,
                    exception instanceof LockedException ? "/login?locked" : "/login?error");
        }
    }
}
