package org.gongzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.gongzhi.Concurrently;
import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 17, item 5: sign-in is throttled per user name and per client address, atomically; unknown names are
 * throttled and answered like known ones; a lock is short, doubles, and staff lift it; tokens follow the account.
 * The application runs with 3 failed sign-ins per name (application-test.properties).
 */
class SignInThrottleTest extends IntegrationTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    Accounts accounts;

    private LoginThrottle throttle(int perName, int perAddress) {
        return new LoginThrottle(jdbc, audit, Clock.systemUTC(), perName, perAddress, Duration.ofMinutes(15),
                Duration.ofMinutes(1), Duration.ofHours(1), null);
    }

    /**
     * A password check that always fails, counting how often it was made. Each check waits (up to two seconds) until
     * {@code overlap} checks are under way, so that the permitted checks overlap the refused attempts instead of
     * finishing before they start.
     */
    private static AuthenticationProvider wrongPasswords(AtomicInteger checked, int overlap) {
        CountDownLatch underWay = new CountDownLatch(overlap);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checked.incrementAndGet();
                underWay.countDown();
                try {
                    underWay.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The sign-in form as a browser at {@code address} sends it. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String name,
            String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void twelve_parallel_wrong_passwords_against_a_limit_of_five_check_at_most_five() throws Exception {
        AtomicInteger checked = new AtomicInteger();
        var authentication = new ThrottledAuthentication(wrongPasswords(checked, 5), throttle(5, 1000));
        String name = "parallel." + System.nanoTime();
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.add(() -> {
                try {
                    authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "guess"));
                    return "signed in";
                } catch (LockedException e) {
                    return "refused";
                } catch (BadCredentialsException e) {
                    return "checked";
                }
            });
        }
        List<String> outcomes = Concurrently.all(12, attempts);
        assertThat(checked.get()).isEqualTo(5);
        assertThat(outcomes).filteredOn("checked"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("refused"::equals).hasSize(7);
    }

    @Test
    void spraying_many_names_from_one_address_is_throttled_by_the_address() {
        LoginThrottle throttle = throttle(5, 4);
        String address = "203.0.113." + (System.nanoTime() % 200);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.claim("spray" + i + "." + System.nanoTime(), address)).isPresent()
                    .hasValueSatisfying(throttle::failed);
        }
        assertThat(throttle.claim("spray.fresh." + System.nanoTime(), address)).isEmpty();
        assertThat(throttle.claim("spray.fresh." + System.nanoTime(), address + "1")).isPresent();
    }

    @Test
    void an_unknown_name_gets_exactly_the_answers_a_known_one_gets() throws Exception {
        accounts.open(new NewAccount("known." + System.nanoTime() % 100000, "known-pass-1", "已知", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        String known = jdbc.sql("select max(username) from account where username like 'known.%'").query(String.class)
                .single();
        String unknown = "nobody." + System.nanoTime();
        for (String name : List.of(known, unknown)) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(mvc.perform(signIn(name, "wrong-guess", "198.51.100.7"))
                        .andReturn().getResponse().getRedirectedUrl());
            }
            assertThat(answers).as(name).containsExactly("/login?error", "/login?error", "/login?error",
                    "/login?locked");
        }
        assertThat(jdbc.sql("select locked_until from login_throttle where throttle_key = ?")
                .param("user:" + unknown).query(java.time.OffsetDateTime.class).single()).isNotNull();
    }

    @Test
    void rows_nothing_depends_on_are_forgotten() {
        LoginThrottle throttle = throttle(5, 1000);
        String name = "forgotten." + System.nanoTime();
        throttle.claim(name, "192.0.2.200").ifPresent(throttle::failed);
        jdbc.sql("update login_throttle set window_started = window_started - interval '2' day where throttle_key = ?")
                .param(LoginThrottle.userKey(name)).update();
        throttle.purge();
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = ?")
                .param(LoginThrottle.userKey(name)).query(Long.class).single()).isZero();
    }

    @Test
    void a_lock_is_short_and_doubles_up_to_a_ceiling() {
        LoginThrottle throttle = throttle(5, 1000);
        assertThat(throttle.lockFor(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.lockFor(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(throttle.lockFor(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void tokens_stop_while_the_account_is_locked_and_work_again_once_staff_unlock_it() throws Exception {
        String name = "token.lock." + System.nanoTime() % 100000;
        long id = accounts.open(new NewAccount(name, "token-pass-1", "令牌测试", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"token-pass-1\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = json.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        for (int i = 0; i < 3; i++) {
            mvc.perform(signIn(name, "wrong", "192.0.2.44"));
        }
        mvc.perform(signIn(name, "token-pass-1", "192.0.2.45"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/accounts/{id}/unlock", id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(signIn(name, "token-pass-1", "192.0.2.45"))
                .andExpect(redirectedUrl("/"));
    }
}
