package org.gongzhi.identity.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.ApiTokens;
import org.gongzhi.identity.Sessions;
import org.gongzhi.identity.factor.SecondFactors;
import org.gongzhi.shared.security.SecondFactor;

/**
 * The application's security in a web slice: its filter chain and answers as they are, over accounts and tokens
 * that know nobody (a slice signs people in with {@code WebSlice.Acting}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfig.class)
public class SliceSecurity {

    @Bean
    AccountDetailsService accountDetailsService() {
        AccountDetailsService accounts = mock(AccountDetailsService.class);
        when(accounts.loadUserByUsername(any())).thenThrow(new UsernameNotFoundException("nobody in a slice"));
        return accounts;
    }

    @Bean
    ApiTokens apiTokens() {
        return mock(ApiTokens.class);
    }

    /** A slice's sessions are not recorded: its requests carry no session record to check. */
    @Bean
    Sessions sessions() {
        return mock(Sessions.class);
    }

    /** Everyone a slice signs in may act: no lock ends a slice's session. */
    @Bean
    LiveAccounts liveAccounts() {
        LiveAccounts live = mock(LiveAccounts.class);
        when(live.mayAct(org.mockito.ArgumentMatchers.anyLong())).thenReturn(true);
        when(live.state(org.mockito.ArgumentMatchers.anyLong())).thenReturn(new LiveAccounts.State(true, null));
        return live;
    }

    /** A slice signs nobody in with a password, so nothing is throttled. */
    @Bean
    LoginThrottle loginThrottle() {
        return mock(LoginThrottle.class);
    }

    /** Nobody in a slice has a second factor; reveals and exports are not asked for one (SecondFactorTest is). */
    @Bean
    SecondFactors secondFactors() {
        SecondFactors factors = mock(SecondFactors.class);
        when(factors.status(org.mockito.ArgumentMatchers.anyLong()))
                .thenReturn(new SecondFactors.SecondFactorStatus(false, false, null, 0));
        return factors;
    }

    @Bean
    SecondFactor secondFactorPolicy() {
        return new SecondFactor(false);
    }

    @Bean
    Accounts accounts() {
        return mock(Accounts.class);
    }
}
