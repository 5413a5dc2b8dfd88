package org.gongzhi.identity.factor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import org.gongzhi.BrowserTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Issue 8 on a 360-pixel phone, with the policy on as in production: a residents' committee worker without a second
 * factor is told to set one up when revealing an ID number, sets it up on 我的账户 (QR code, the secret to type,
 * a code from the app), gets the recovery codes, signs out, signs in with password and code, and may now reveal.
 * Screenshots; axe-core clean. Shares SecondFactorTest's application (the same settings).
 */
@TestPropertySource(properties = {"gongzhi.security.second-factor-for-personal-data=true",
        "gongzhi.test.database=gongzhi_factor"})
class StaffSetsUpSecondFactorOnPhoneTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    private final AuthenticatorApp app = new AuthenticatorApp();

    /** The app's code, as a phone would show it: never the step of a code already given. */
    private String appCode(String secret) {
        return app.code(secret);
    }

    @Test
    void staff_set_up_the_second_factor_and_sign_in_with_a_code() {
        String name = "factor.phone." + System.nanoTime() % 100_000;
        accounts.open(new NewAccount(name, DEMO_PASSWORD, "两步验证", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF))));
        long resident = jdbc.sql("select min(id) from resident where community_id = 1 and id_card_cipher is not null "
                + "and moved_out is null").query(Long.class).single();
        usePhone(360, 740);
        signIn(name);

        open("/residents/" + resident);
        page.locator("form[action$='/reveal-id'] button").click();
        assertThat(page.locator("h1")).containsText("需要两步验证");
        assertAccessible();
        screenshot("second-factor-needed");
        page.locator("#error-enrol").click();

        page.locator("#factor-start").click();
        assertThat(page.locator("h1")).containsText("设置两步验证");
        assertThat(page.locator(".factor-qr svg")).isVisible();
        assertAccessible();
        screenshot("second-factor-setup");
        String secret = page.locator("#factor-secret").innerText().replace(" ", "");
        page.locator("#f-code").fill(appCode(secret));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertAccessible();
        screenshot("second-factor-recovery-codes");

        page.locator("details.nav-more summary").click();
        page.locator("form[action='/logout'] button").click();
        page.waitForURL(baseUrl() + "/login?logout");
        page.getByLabel("用户名").fill(name);
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(baseUrl() + "/login/code");
        assertThat(page.locator("#code")).hasAttribute("inputmode", "numeric");
        assertThat(page.locator("#code")).hasAttribute("autocomplete", "one-time-code");
        assertAccessible();
        screenshot("second-factor-login-code");
        page.locator("#code").fill(appCode(secret));
        page.locator("form.card button[type=submit]").click();
        page.waitForURL(baseUrl() + "/");

        open("/residents/" + resident);
        page.locator("form[action$='/reveal-id'] button").click();
        assertThat(page.locator("#revealed-id")).isVisible();
        open("/account");
        assertThat(page.locator("#second-factor")).containsText("已开启");
        assertAccessible();
        screenshot("second-factor-account-on");
    }
}
