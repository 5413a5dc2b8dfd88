package org.gongzhi.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.ApiTokens.IssuedToken;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.identity.internal.LoginThrottle;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** Integrations trade a user name and password for a bearer token with an expiry. */
@RestController
@RequestMapping("/api/v1")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final SecondFactors factors;
    private final LoginThrottle throttle;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens, SecondFactors factors,
            LoginThrottle throttle) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.factors = factors;
        this.throttle = throttle;
    }

    /**
     * A token for the user name and password; an account with a second factor sends its current code (or a recovery
     * code) as {@code code} too, and its token may then reveal and export as a session that gave the code may. A
     * missing code answers 401 with {@code secondFactorRequired}; a wrong one counts into the sign-in throttle.
     */
    @PostMapping("/auth/token")
    IssuedToken token(@RequestBody Credentials credentials, HttpServletRequest request) {
        var auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username(), credentials.password()));
        Actor actor = ((Actor.ActsAs) auth.getPrincipal()).actor();
        boolean factor = factors.enabled(actor.accountId());
        if (factor) {
            if (credentials.code() == null || credentials.code().isBlank()) {
                throw new CodeRequired();
            }
            LoginThrottle.Claim claim = throttle.claim(actor.username(), request.getRemoteAddr())
                    .orElseThrow(() -> new LockedException("too many sign-in attempts; wait and try again"));
            if (factors.check(actor.accountId(), credentials.code()) == SecondFactors.Check.WRONG) {
                throttle.failed(claim);
                throw new BadCredentialsException("wrong second-factor code");
            }
            throttle.succeeded(claim);
        }
        return tokens.issue(actor.accountId(), request.getHeader("User-Agent"), request.getRemoteAddr(), factor);
    }

    /** The password was right, and the account signs in with a second factor whose code was not sent. */
    @ExceptionHandler(CodeRequired.class)
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    ProblemDetail codeRequired() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "this account signs in with a second factor: send its current code as \"code\"");
        problem.setProperty("secondFactorRequired", true);
        return problem;
    }

    static final class CodeRequired extends org.springframework.security.core.AuthenticationException {

        CodeRequired() {
            super("second-factor code required");
        }
    }

    @GetMapping("/me")
    Me me() {
        Actor actor = Permissions.actor();
        return new Me(actor.username(), actor.displayName(), actor.communityId(), actor.grants().stream()
                .map(g -> new Me.Grant(g.role().name(), g.scopeType().name(), g.scopeId())).toList());
    }

    /** The caller's own live tokens. */
    @GetMapping("/me/tokens")
    List<ApiTokens.TokenInfo> myTokens() {
        return tokens.live(Permissions.actor().accountId());
    }

    /** Ends one of the caller's own tokens; anyone else's answers 404. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/me/tokens/{id}/revoke")
    void revoke(@PathVariable long id) {
        if (!tokens.revoke(Permissions.actor().accountId(), id)) {
            throw new NotFound("token");
        }
    }

    record Credentials(String username, String password, String code) {
    }

    record Me(String username, String displayName, Long communityId, java.util.List<Grant> roles) {

        record Grant(String role, String scope, Long scopeId) {
        }
    }
}
