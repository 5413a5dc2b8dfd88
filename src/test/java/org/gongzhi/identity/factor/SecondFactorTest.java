package org.gongzhi.identity.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.TestPropertySource;

import org.gongzhi.IntegrationTest;
import org.gongzhi.MockMvcSessions;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.shared.security.SecondFactor;

/**
 * Issue 8, the staff second factor, with the policy on as in production: enrolling on /account (QR, secret, a code
 * confirms it, ten recovery codes once), signing in after the password with a code at /login/code (each code once, a
 * recovery code spent once, wrong codes throttled), and reveal and export refused to a sign-in without the factor and
 * allowed with it — on the pages and in the API, where the token endpoint asks for the code too.
 */
@TestPropertySource(properties = {"gongzhi.security.second-factor-for-personal-data=true",
        "gongzhi.test.database=gongzhi_factor"})
class SecondFactorTest extends IntegrationTest {

    private static final String PASSWORD = "factor-pass-1";
    private static final Pattern SECRET = Pattern.compile("id=\"factor-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

    @Autowired
    Accounts accounts;

    private final AuthenticatorApp app = new AuthenticatorApp();

    @Autowired
    SessionRepository<? extends Session> sessions;

    /** The security context of the stored session a mock session stands for (MockMvcSessions). */
    private SecurityContext context(MockHttpSession session) {
        return (SecurityContext) MockMvcSessions.attribute(sessions, session,
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    private String staff(String prefix) {
        String name = prefix + "." + System.nanoTime() % 1_000_000;
        accounts.open(new NewAccount(name, PASSWORD, "两步验证", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF))));
        return name;
    }

    /** A code the server has not seen yet. */
    private String code(String secret) {
        return app.code(secret);
    }

    private MockHttpSession password(String name) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", name)
                .param("password", PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private MockHttpSession signIn(String name) throws Exception {
        MockHttpSession session = password(name);
        assertThat(context(session)).isNotNull();
        return session;
    }

    /** Enrols on the pages; answers the secret and the recovery codes. */
    private Enrolled enrol(MockHttpSession session) throws Exception {
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("factor-start")));
        mvc.perform(post("/account/second-factor/start").session(session).with(csrf()))
                .andExpect(redirectedUrl("/account/second-factor"));
        String page = mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        String key = secret.group(1).replace(" ", "");
        mvc.perform(post("/account/second-factor/confirm").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("验证码不对或已用过")));
        String codesPage = mvc.perform(post("/account/second-factor/confirm").session(session).with(csrf())
                        .param("code", code(key)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher codes = RECOVERY.matcher(codesPage);
        List<String> recovery = new java.util.ArrayList<>();
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(key, recovery);
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private long resident() {
        return jdbc.sql("select min(id) from resident where community_id = 1 and id_card_cipher is not null "
                + "and moved_out is null").query(Long.class).single();
    }

    private long audited(String action, String name) {
        return jdbc.sql("""
                select count(*) from audit_event e join account a on a.id = e.subject_id
                where e.action = ? and e.subject_type = 'account' and a.username = ?""")
                .params(action, name).query(Long.class).single();
    }

    @Test
    void staff_enrol_sign_out_and_sign_in_again_with_password_then_code() throws Exception {
        String name = staff("factor.enrol");
        MockHttpSession first = signIn(name);
        Enrolled enrolled = enrol(first);
        assertThat(audited("SECOND_FACTOR_ENABLED", name)).isEqualTo(1);
        String cipher = jdbc.sql("select secret_cipher from second_factor a join account b on b.id = a.account_id "
                + "where b.username = ?").param(name).query(String.class).single();
        assertThat(cipher).doesNotContain(enrolled.secret());
        // key rotation (./gongzhi rotate-key) re-encrypts every …_cipher column by its table's id: the secret's too
        assertThat(jdbc.sql("select count(*) from second_factor f join account a on a.id = f.account_id "
                + "where a.username = ? and f.id is not null").param(name).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/logout").session(first).with(csrf()));

        MockHttpSession session = password(name);
        assertThat(context(session)).isNull();
        mvc.perform(get("/account").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/code").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("autocomplete=\"one-time-code\"")))
                .andExpect(content().string(Matchers.containsString("inputmode=\"numeric\"")));
        mvc.perform(post("/login/code").session(session).with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/login/code?error"));
        String code = code(enrolled.secret());
        // signed in, the person goes on to the page they had asked for while the code was awaited
        mvc.perform(post("/login/code").session(session).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("http://localhost/account?continue"));
        SecurityContext context = context(session);
        assertThat(context.getAuthentication().getAuthorities()).extracting(a -> a.getAuthority())
                .contains(SecondFactor.PASSED, "ROLE_RC_STAFF");
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("还剩 10 个备用码")));
        mvc.perform(post("/residents/" + resident() + "/reveal-id").session(session).with(csrf()))
                .andExpect(status().isOk());

        // the same code, once more, in another sign-in: refused
        MockHttpSession again = password(name);
        mvc.perform(post("/login/code").session(again).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/login/code?error"));
        assertThat(context(again)).isNull();
    }

    @Test
    void a_recovery_code_signs_in_once_and_wrong_codes_lock_the_name() throws Exception {
        String name = staff("factor.recovery");
        Enrolled enrolled = enrol(signIn(name));
        String recovery = enrolled.recoveryCodes().get(3);

        MockHttpSession session = password(name);
        mvc.perform(post("/login/code").session(session).with(csrf()).param("code", recovery.toUpperCase()))
                .andExpect(redirectedUrl("/"));
        assertThat(audited("RECOVERY_CODE_USED", name)).isEqualTo(1);
        MockHttpSession again = password(name);
        mvc.perform(post("/login/code").session(again).with(csrf()).param("code", recovery))
                .andExpect(redirectedUrl("/login/code?error"));
        // the test profile allows 3 wrong answers per name: the second wrong code and a third lock it
        mvc.perform(post("/login/code").session(again).with(csrf()).param("code", "zzzzz-zzzzz"))
                .andExpect(redirectedUrl("/login/code?error"));
        mvc.perform(post("/login/code").session(again).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/login/code").session(again).with(csrf()).param("code", enrolled.recoveryCodes().get(4)))
                .andExpect(redirectedUrl("/login?codeExpired"));
        assertThat(jdbc.sql("select locked_until is not null from account where username = ?").param(name)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void staff_without_the_factor_are_told_to_enrol_instead_of_revealing_or_exporting() throws Exception {
        String name = staff("factor.none");
        MockHttpSession session = signIn(name);
        long resident = resident();
        mvc.perform(post("/residents/" + resident + "/reveal-id").session(session).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/residents/" + resident + "/reveal-id").session(session).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        long before = jdbc.sql("select count(*) from audit_event where action = 'ID_CARD_REVEALED'")
                .query(Long.class).single();
        mvc.perform(get("/residents/export.xlsx").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/cases/export.xlsx").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/residents/" + resident + "/id-card/reveal").session(session).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("/account")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ID_CARD_REVEALED'")
                .query(Long.class).single()).isEqualTo(before);

        // by a token: without the factor, refused; enrolled, the token asks for the code and may then reveal
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(name, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");
        mvc.perform(post("/api/v1/residents/" + resident + "/id-card/reveal").header("Authorization",
                "Bearer " + token)).andExpect(status().isForbidden());

        Enrolled enrolled = enrol(session);
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(name, PASSWORD)))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.secondFactorRequired").value(true));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\",\"code\":\"999999\"}"
                                .formatted(name, PASSWORD)))
                .andExpect(status().isUnauthorized());
        String strong = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"%s\",\"code\":\"%s\"}"
                                .formatted(name, PASSWORD, code(enrolled.secret()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");
        mvc.perform(post("/api/v1/residents/" + resident + "/id-card/reveal").header("Authorization",
                "Bearer " + strong)).andExpect(status().isOk()).andExpect(jsonPath("$.idCard").isNotEmpty());
        mvc.perform(get("/residents/export.xlsx").header("Authorization", "Bearer " + strong))
                .andExpect(status().isOk());
        // the sign-in that enrolled gave no code at sign-in: it still may not
        mvc.perform(post("/residents/" + resident + "/reveal-id").session(session).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_refusal_page_says_why_and_links_to_the_account() throws Exception {
        String name = staff("factor.page");
        MockHttpSession session = signIn(name);
        // the error dispatch is not followed by MockMvc: the page is rendered by the error controller as the
        // container would, with the refusal the security handler left on the request
        mvc.perform(get("/error").session(session).accept(MediaType.TEXT_HTML)
                        .requestAttr("jakarta.servlet.error.status_code", 403)
                        .requestAttr(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403,
                                new SecondFactor.Required()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("需要两步验证")))
                .andExpect(content().string(Matchers.containsString("href=\"/account#second-factor-h\"")));
    }

    @Test
    void the_api_enrols_confirms_renews_recovery_codes_and_turns_it_off() throws Exception {
        String name = staff("factor.api");
        MockHttpSession session = signIn(name);
        mvc.perform(get("/api/v1/me/second-factor").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false)).andExpect(jsonPath("$.pending").value(false));
        String started = mvc.perform(post("/api/v1/me/second-factor/enrolment").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.otpauthUri").value(Matchers.startsWith("otpauth://totp/Gongzhi:" + name)))
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(started, "$.secret");
        mvc.perform(get("/api/v1/me/second-factor").session(session))
                .andExpect(jsonPath("$.pending").value(true)).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(post("/api/v1/me/second-factor/confirm").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"12\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(post("/api/v1/me/second-factor/confirm").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"%s\"}".formatted(code(secret))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.codes.length()").value(10));
        mvc.perform(post("/api/v1/me/second-factor/enrolment").session(session).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/me/second-factor/recovery-codes").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"%s\"}".formatted(code(secret))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.codes.length()").value(10));
        assertThat(audited("RECOVERY_CODES_REGENERATED", name)).isEqualTo(1);
        mvc.perform(get("/api/v1/me/second-factor").session(session))
                .andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.recoveryCodesLeft").value(10));
        mvc.perform(post("/api/v1/me/second-factor/disable").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"wrong\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/me/second-factor/disable").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"%s\"}".formatted(PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(audited("SECOND_FACTOR_DISABLED", name)).isEqualTo(1);
        // off again: the password alone signs in
        MockHttpSession later = password(name);
        assertThat(context(later)).isNotNull();
    }

    @Test
    void an_administrator_resets_the_factor_of_someone_who_lost_phone_and_codes() throws Exception {
        String name = staff("factor.lost");
        MockHttpSession before = signIn(name);
        enrol(before);
        long id = jdbc.sql("select id from account where username = ?").param(name).query(Long.class).single();
        mvc.perform(get("/admin/accounts/" + id).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("reset-second-factor")));
        mvc.perform(get("/api/v1/accounts/" + id).with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.account.secondFactor").value(true));
        mvc.perform(post("/api/v1/accounts/" + id + "/second-factor/reset").with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(context(password(name)))
                .as("still asks for the code").isNull();

        mvc.perform(post("/admin/accounts/" + id + "/second-factor/reset").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        assertThat(audited("SECOND_FACTOR_RESET_BY_STAFF", name)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from second_factor_recovery_code c join account a on a.id = c.account_id"
                + " where a.username = ?").param(name).query(Long.class).single()).isZero();
        // the session that held the factor has ended; the password alone signs in, to set it up again
        mvc.perform(get("/account").session(before)).andExpect(status().is3xxRedirection());
        signIn(name);
        mvc.perform(post("/api/v1/accounts/" + id + "/second-factor/reset").with(as("admin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("没有开启两步验证")));
    }
}
