package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 8: each person sees where their account is signed in and which API tokens it has (device, when, last used,
 * never a session id or token), and ends any of them; the ended one stops on its very next request. Audited.
 */
class OwnSessionsAndTokensTest extends IntegrationTest {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 13; V2227A) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Mobile Safari/537.36";
    static final String COMPUTER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";

    @Autowired
    Accounts accounts;

    private String person(String prefix) {
        String name = prefix + "." + System.nanoTime() % 1_000_000;
        accounts.open(new NewAccount(name, "own-pass-1", "会话测试", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        return name;
    }

    private MockHttpSession signIn(String name, String userAgent) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).header("User-Agent", userAgent)
                        .param("username", name).param("password", "own-pass-1"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private long audited(String action, String name) {
        return jdbc.sql("""
                select count(*) from audit_event e join account a on a.id = e.subject_id
                where e.action = ? and e.subject_type = 'account' and a.username = ?""")
                .params(action, name).query(Long.class).single();
    }

    @Test
    void a_person_sees_both_signed_in_devices_and_ending_one_stops_it_at_once() throws Exception {
        String name = person("sessions.end");
        MockHttpSession phone = signIn(name, PHONE);
        MockHttpSession computer = signIn(name, COMPUTER);

        String listed = mvc.perform(get("/api/v1/me/sessions").session(phone))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.current == true)].device").value(Matchers.contains("Chrome · Android")))
                .andExpect(jsonPath("$[?(@.current == false)].device").value(Matchers.contains("Firefox · Windows")))
                .andReturn().getResponse().getContentAsString();
        java.util.Map<String, Object> first = JsonPath.read(listed, "$[0]");
        assertThat(first).containsOnlyKeys("id", "signedInAt", "lastUsedAt", "device", "address", "current");
        List<Integer> others = JsonPath.read(listed, "$[?(@.current == false)].id");
        long computerSession = others.getFirst();

        mvc.perform(get("/account").session(phone)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Firefox · Windows")))
                .andExpect(content().string(Matchers.containsString("当前设备")));
        mvc.perform(get("/account").session(computer)).andExpect(status().isOk());

        mvc.perform(post("/account/sessions/{id}/end", computerSession).session(phone).with(csrf()))
                .andExpect(redirectedUrl("/account")).andExpect(flash().attribute("flash", "account.sessions.ended"));

        mvc.perform(get("/account").session(computer)).andExpect(redirectedUrl("/login?ended"));
        assertThat(computer.isInvalid()).isTrue();
        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/sessions").session(phone)).andExpect(jsonPath("$.length()").value(1));
        assertThat(audited("SESSION_ENDED", name)).isEqualTo(1);

        // once over, the same session cannot be ended again, and no other person's session can be ended at all
        mvc.perform(post("/api/v1/me/sessions/{id}/end", computerSession).session(phone).with(csrf()))
                .andExpect(status().isNotFound());
        String stranger = person("sessions.stranger");
        MockHttpSession theirs = signIn(stranger, PHONE);
        long theirSession = ((Number) JsonPath.read(mvc.perform(get("/api/v1/me/sessions").session(theirs))
                .andReturn().getResponse().getContentAsString(), "$[0].id")).longValue();
        mvc.perform(post("/account/sessions/{id}/end", theirSession).session(phone).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/account").session(theirs)).andExpect(status().isOk());
    }

    @Test
    void ending_the_session_in_use_signs_this_browser_out_and_end_others_keeps_it() throws Exception {
        String name = person("sessions.self");
        MockHttpSession first = signIn(name, PHONE);
        MockHttpSession second = signIn(name, COMPUTER);
        MockHttpSession third = signIn(name, PHONE);

        mvc.perform(post("/api/v1/me/sessions/end-others").session(third).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ended").value(2));
        mvc.perform(get("/api/v1/me").session(first)).andExpect(status().isUnauthorized());
        mvc.perform(get("/account").session(second)).andExpect(redirectedUrl("/login?ended"));
        mvc.perform(get("/account").session(third)).andExpect(status().isOk());
        assertThat(audited("SESSIONS_ENDED", name)).isEqualTo(1);

        long own = ((Number) JsonPath.read(mvc.perform(get("/api/v1/me/sessions").session(third))
                .andReturn().getResponse().getContentAsString(), "$[0].id")).longValue();
        mvc.perform(post("/api/v1/me/sessions/{id}/end", own).session(third).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(third.isInvalid()).isTrue();
        MockHttpSession again = signIn(name, PHONE);
        mvc.perform(get("/api/v1/me/sessions").session(again)).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void a_person_sees_a_tokens_program_and_last_use_but_never_the_token_and_a_revoked_one_stops() throws Exception {
        String name = person("tokens.own");
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").header("User-Agent", "curl/8.5.0")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"own-pass-1\"}".formatted(name)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        String mine = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].device").value("curl"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain(token).doesNotContain(token.substring(3, 15));
        long id = ((Number) JsonPath.read(mine, "$[0].id")).longValue();

        MockHttpSession browser = signIn(name, PHONE);
        mvc.perform(get("/account").session(browser)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("curl")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(token))));
        mvc.perform(post("/account/tokens/{id}/revoke", id).session(browser).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(audited("TOKEN_REVOKED", name)).isEqualTo(1);
        mvc.perform(post("/account/tokens/{id}/revoke", id).session(browser).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_lock_by_staff_ends_the_sessions_in_the_list_too() throws Exception {
        String name = person("sessions.locked");
        long id = accounts.actor(name).orElseThrow().accountId();
        MockHttpSession session = signIn(name, PHONE);
        mvc.perform(post("/api/v1/accounts/{id}/lock", id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/sessions").session(session)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from account_session where account_id = ? and ended_at is null")
                .param(id).query(Long.class).single()).isZero();
        assertThat(session.isInvalid()).isTrue();
    }
}
