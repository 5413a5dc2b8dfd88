package org.gongzhi.identity.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;

class FirstAdministratorTest {

    private final Accounts accounts = mock(Accounts.class);
    private final RegisterQueries register = mock(RegisterQueries.class);

    @Test
    void without_an_administrator_the_configured_one_is_created() throws Exception {
        when(accounts.anyAdministrator()).thenReturn(false);
        when(register.firstCommunityId()).thenReturn(Optional.of(7L));
        new FirstAdministrator(accounts, register, "chief", "a-strong-pass-1").run(new DefaultApplicationArguments());
        verify(accounts).open(argThat((NewAccount a) -> a.username().equals("chief") && a.communityId() == 7L
                && a.grants().stream().anyMatch(g -> g.role() == Role.ADMIN)));
    }

    @Test
    void nothing_is_created_without_a_configured_password() throws Exception {
        when(accounts.anyAdministrator()).thenReturn(false);
        new FirstAdministrator(accounts, register, "chief", "").run(new DefaultApplicationArguments());
        verify(accounts, never()).open(any());
    }

    @Test
    void nothing_is_created_before_a_community_is_registered() throws Exception {
        when(accounts.anyAdministrator()).thenReturn(false);
        when(register.firstCommunityId()).thenReturn(Optional.empty());
        new FirstAdministrator(accounts, register, "chief", "a-strong-pass-1").run(new DefaultApplicationArguments());
        verify(accounts, never()).open(any());
    }

    @Test
    void nothing_is_created_once_an_administrator_exists() throws Exception {
        when(accounts.anyAdministrator()).thenReturn(true);
        new FirstAdministrator(accounts, register, "chief", "a-strong-pass-1").run(new DefaultApplicationArguments());
        verify(accounts, never()).open(any());
    }
}
