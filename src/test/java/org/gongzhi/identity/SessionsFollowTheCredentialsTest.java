package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 17, item 7: a password change signs the account out of its other sessions and keeps the one that made it;
 * behind the HTTPS proxy the session cookie is Secure and HSTS is sent.
 */
class SessionsFollowTheCredentialsTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    private MockHttpSession signIn(String name, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(name).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    @Test
    void a_password_change_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        String name = "sessions." + System.nanoTime() % 100000;
        accounts.open(new NewAccount(name, "first-pass-1", "会话测试", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        MockHttpSession phone = signIn(name, "first-pass-1");
        MockHttpSession computer = signIn(name, "first-pass-1");
        mvc.perform(get("/account").session(computer)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(phone).with(csrf()).param("currentPassword", "first-pass-1")
                        .param("newPassword", "second-pass-2").param("confirmPassword", "second-pass-2"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());
        mvc.perform(get("/account").session(computer)).andExpect(status().is3xxRedirection());
        assertThat(computer.isInvalid()).isTrue();
        MockHttpSession again = signIn(name, "second-pass-2");
        mvc.perform(get("/account").session(again)).andExpect(status().isOk());
    }

    @Test
    void a_secure_request_gets_hsts_and_a_plain_one_does_not() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void behind_the_https_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
        List<String> cookies = proxied.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
