package org.gongzhi.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.identity.ApiTokens.IssuedToken;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;

/** Integrations trade a user name and password for a bearer token with an expiry. */
@RestController
@RequestMapping("/api/v1")
class TokenApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;

    TokenApiController(AuthenticationManager authentication, ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
    }

    @PostMapping("/auth/token")
    IssuedToken token(@RequestBody Credentials credentials, HttpServletRequest request) {
        var auth = authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                credentials.username(), credentials.password()));
        Actor actor = ((Actor.ActsAs) auth.getPrincipal()).actor();
        return tokens.issue(actor.accountId(), request.getHeader("User-Agent"), request.getRemoteAddr());
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

    record Credentials(String username, String password) {
    }

    record Me(String username, String displayName, Long communityId, java.util.List<Grant> roles) {

        record Grant(String role, String scope, Long scopeId) {
        }
    }
}
