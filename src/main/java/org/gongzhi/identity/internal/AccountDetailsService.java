package org.gongzhi.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import org.gongzhi.identity.Accounts;

/** Loads an account, its roles and its lock state for sign-in. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        var actor = accounts.actor(username).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return jdbc.sql("select password_hash, enabled, locked_at, locked_until from account where id = ?")
                .param(actor.accountId())
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new AccountPrincipal(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            rs.getObject("locked_at", OffsetDateTime.class) != null
                                    || lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now(clock)));
                })
                .single();
    }
}
