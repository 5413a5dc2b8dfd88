package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * A signed-in session lives in the database (Spring Session JDBC), not in the instance's memory, so that any of
 * several instances behind the proxy serves the next request of the browser (docs/operations.md, "Several identical
 * instances"): the row is there after sign-in, a second client presenting only the cookie is recognised, and once the
 * row is gone the same cookie is a stranger's.
 */
class SessionsLiveInTheDatabaseTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Accounts accounts;

    private String person(String prefix) {
        String name = prefix + "." + System.nanoTime() % 1_000_000;
        accounts.open(new NewAccount(name, "shared-pass-1", "共享会话", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        return name;
    }

    /** The session id in the database, as the cookie carries it (base64). */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_browser_signed_in_through_one_client_is_recognised_by_another_from_the_database_alone() throws Exception {
        String name = person("shared.http");
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(baseUrl() + "/login")));
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in form carries its CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password=shared-pass-1&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(browser, HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Cookie", "JSESSIONID=" + cookie(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String session = cookie(signedIn);
        assertThat(session).as("a new session id on sign-in").isNotEqualTo(cookie(page));

        // the session, its security context and the identity module's sign-in record are rows
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = ?")
                .param(sessionId(session)).query(String.class).single()).isEqualTo(name);
        assertThat(jdbc.sql("""
                select a.attribute_name from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""")
                .param(sessionId(session)).query(String.class).list())
                .contains("SPRING_SECURITY_CONTEXT", Sessions.RECORD, Accounts.SIGNED_IN_AT);
        assertThat(jdbc.sql("""
                select count(*) from account_session s join account a on a.id = s.account_id
                where a.username = ? and s.ended_at is null""").param(name).query(Long.class).single()).isEqualTo(1);

        // the stored sign-in names the person, never the password's hash
        String hash = jdbc.sql("select password_hash from account where username = ?").param(name)
                .query(String.class).single();
        byte[] context = jdbc.sql("""
                select a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""")
                .param(sessionId(session)).query(byte[].class).single();
        String stored = new String(context, StandardCharsets.ISO_8859_1);
        assertThat(stored).contains(name).doesNotContain(hash.substring(hash.indexOf('$')));

        // another client (another instance's view): the cookie alone is enough
        HttpClient other = HttpClient.newHttpClient();
        HttpResponse<String> mine = send(other, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/sessions"))
                .header("Cookie", "JSESSIONID=" + session));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("\"current\":true");

        // nothing of it stays in the instance's memory: without the row the cookie means nothing
        jdbc.sql("delete from spring_session where session_id = ?").param(sessionId(session)).update();
        assertThat(send(other, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me/sessions"))
                .header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(401);
    }

    @Test
    void a_program_with_a_bearer_token_gets_no_session() throws Exception {
        HttpClient program = HttpClient.newHttpClient();
        HttpResponse<String> token = send(program, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"rc.staff\",\"password\":\"" + DEMO_PASSWORD
                        + "\"}")));
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = token.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        long before = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        HttpResponse<String> read = send(program, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/residents?size=1"))
                .header("Authorization", "Bearer " + bearer));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(token.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void mock_mvc_requests_pass_through_the_session_repository_too() throws Exception {
        String name = person("shared.mvc");
        Cookie session = mvc.perform(formLogin("/login").user(name).password("shared-pass-1"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ? and principal_name = ?")
                .params(sessionId(session.getValue()), name).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/me/sessions").cookie(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void a_page_writes_the_session_row_only_when_its_last_use_is_a_minute_old_or_more() throws Exception {
        String name = person("shared.lastuse");
        Cookie session = mvc.perform(formLogin("/login").user(name).password("shared-pass-1"))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("JSESSIONID");
        String id = sessionId(session.getValue());
        long signedIn = lastUse(id);
        mvc.perform(get("/api/v1/me/sessions").cookie(session)).andExpect(status().isOk());
        assertThat(lastUse(id)).as("a request within the minute writes nothing").isEqualTo(signedIn);

        // as if the last request had been two minutes ago: the next one records its use, and the new expiry
        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where session_id = ?")
                .params(twoMinutesAgo, twoMinutesAgo + 8 * 3_600_000L, id).update();
        long before = System.currentTimeMillis();
        mvc.perform(get("/api/v1/me/sessions").cookie(session)).andExpect(status().isOk());
        assertThat(lastUse(id)).isGreaterThanOrEqualTo(before);
        assertThat(jdbc.sql("select expiry_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single()).isGreaterThanOrEqualTo(before + 8 * 3_600_000L);
    }

    private long lastUse(String sessionId) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Autowired
    SessionRepository<? extends Session> storedSessions;

    @Test
    void two_requests_adding_the_same_attribute_to_one_session_both_succeed_and_the_later_value_stays() {
        String id = raceToAdd(storedSessions);
        assertThat(jdbc.sql("""
                select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.session_id = ? and a.attribute_name = 'token'""").param(id).query(Long.class).single())
                .isEqualTo(1);
        storedSessions.deleteById(id);
    }

    /** Two requests of one browser load the fresh session before either has saved, and both add the same token. */
    private static <S extends Session> String raceToAdd(SessionRepository<S> repository) {
        S fresh = repository.createSession();
        repository.save(fresh);
        S first = repository.findById(fresh.getId());
        S second = repository.findById(fresh.getId());
        first.setAttribute("token", "from-the-first");
        second.setAttribute("token", "from-the-second");
        repository.save(first);
        repository.save(second);
        assertThat((String) repository.findById(fresh.getId()).getAttribute("token")).isEqualTo("from-the-second");
        return fresh.getId();
    }
}
