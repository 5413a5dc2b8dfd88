package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

class SignInTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void a_demo_account_signs_in_with_the_demo_password() throws Exception {
        mvc.perform(formLogin("/login").user("rc.staff").password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("rc.staff").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void repeated_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        accounts.open(new NewAccount("lock.test", "lock-test-1", "锁定测试", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("lock.test").password("nope")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("lock.test").password("lock-test-1"))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED'").query(Long.class)
                .single()).isPositive();
    }

    @Test
    void integrations_trade_a_password_for_an_expiring_bearer_token() throws Exception {
        String json = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"rc.staff\",\"password\":\"gongzhi-demo\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String token = json.replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/residents?size=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get("/api/v1/residents?size=1").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"rc.staff\",\"password\":\"wrong\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_password_change_follows_the_policy() {
        long id = accounts.open(new NewAccount("pw.test", "pw-test-123", "改密测试", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.changePassword(id, "wrong", "new-pass-123", "new-pass-123"))
                .hasMessageContaining("currentPassword");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.changePassword(id, "pw-test-123", "short", "short"))
                .hasMessageContaining("newPassword");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> accounts.changePassword(id, "pw-test-123", "new-pass-123", "other-pass-123"))
                .hasMessageContaining("confirmPassword");
        accounts.changePassword(id, "pw-test-123", "new-pass-123", "new-pass-123");
    }

    @Test
    void pages_need_a_signed_in_person_but_stairwell_cards_do_not() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/s/AY-1-1")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
