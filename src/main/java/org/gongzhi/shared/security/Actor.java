package org.gongzhi.shared.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person acting through the web or the API, with every role they hold and its scope. */
public record Actor(long accountId, String username, String displayName, Long communityId, Long residentId,
        boolean careMode, Set<RoleGrant> grants) implements Serializable {

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of every scope of the given type in which the actor holds the role. */
    public Set<Long> scopeIds(Role role, ScopeType type) {
        return grants.stream()
                .filter(g -> g.role() == role && g.scopeType() == type && g.scopeId() != null)
                .map(RoleGrant::scopeId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Actor> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActsAs holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }

    /** Implemented by the security principal so that modules can see who acts without knowing identity. */
    public interface ActsAs {
        Actor actor();
    }
}
