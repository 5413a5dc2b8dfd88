package org.gongzhi.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.gongzhi.shared.security.Actor;

/** The signed-in account as Spring Security sees it. */
record AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, Actor.ActsAs {

    /** The same sign-in without the password's hash, as it is kept once the password has been checked. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(actor, null, enabled, locked);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> roles = actor.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList();
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
