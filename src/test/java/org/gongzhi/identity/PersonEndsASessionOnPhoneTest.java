package org.gongzhi.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.BrowserTest;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 8 on a phone: a person signed in on a phone and on a computer sees both under 我的账户, ends the computer's
 * session from the phone, and the computer is signed out on its next page. Screenshots; axe-core clean.
 */
class PersonEndsASessionOnPhoneTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    private Cookie session() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
    }

    private void signInAs(String name, String userAgent) {
        page.setExtraHTTPHeaders(Map.of("User-Agent", userAgent));
        open("/login");
        page.getByLabel("用户名").fill(name);
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");
    }

    @Test
    void a_person_ends_the_computers_session_from_the_phone() throws Exception {
        String name = "ends.session." + System.nanoTime() % 100_000;
        accounts.open(new NewAccount(name, DEMO_PASSWORD, "结束会话", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));

        HttpResponse<String> issued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .header("User-Agent", "curl/8.5.0")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"%s\",\"password\":\"%s\"}"
                        .formatted(name, DEMO_PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(issued.statusCode()).isEqualTo(200);

        signInAs(name, OwnSessionsAndTokensTest.COMPUTER);
        Cookie computer = session();
        context.clearCookies();
        signInAs(name, OwnSessionsAndTokensTest.PHONE);
        Cookie phone = session();

        open("/account");
        var sessions = page.locator("#sessions-h ~ ul.sessions > li");
        assertThat(sessions).hasCount(2);
        assertThat(sessions.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("当前设备")))
                .containsText("Chrome · Android");
        assertThat(page.locator("#tokens-h ~ ul.tokens > li")).containsText("curl");
        assertAccessible();
        screenshot("account-sessions-two");

        sessions.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Firefox · Windows"))
                .locator("button[type=submit]").click();
        assertThat(page.locator(".flash")).containsText("该设备已退出");
        assertThat(page.locator("#sessions-h ~ ul.sessions > li")).hasCount(1);
        assertAccessible();
        screenshot("account-sessions-ended-other");

        context.clearCookies();
        context.addCookies(List.of(computer));
        page.setExtraHTTPHeaders(Map.of("User-Agent", OwnSessionsAndTokensTest.COMPUTER));
        open("/account");
        assertThat(page).hasURL(baseUrl() + "/login?ended");
        assertThat(page.locator("main [role=alert]")).containsText("此次登录已被结束");
        assertAccessible();
        screenshot("login-session-ended");

        context.clearCookies();
        context.addCookies(List.of(phone));
        open("/account");
        assertThat(page.locator("h1")).containsText("我的账户");
    }
}
