package org.gongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** Residents' committee staff issue an Open311 key on a phone, see it once, and revoke it. */
class Open311KeysPageTest extends BrowserTest {

    @Test
    void rc_staff_issue_a_key_see_it_once_and_revoke_it() {
        signIn("rc.staff");
        open("/settings/open311-keys");
        page.getByLabel("密钥名称（使用方）").fill("松江区网格化平台");
        page.locator("form.card button[type=submit]").click();
        page.waitForURL("**/settings/open311-keys");
        String key = page.locator("#issued-key").inputValue();
        assertThat(key).startsWith("o311_");
        screenshot("open311-key-issued-phone");
        assertAccessible();

        page.reload();
        assertThat(page.content()).doesNotContain(key);
        page.getByLabel("作废密钥“松江区网格化平台”").click();
        page.waitForURL("**/settings/open311-keys");
        assertThat(page.locator("#keys li", new Page.LocatorOptions()
                .setHasText("松江区网格化平台")).textContent()).contains("已作废");
        assertAccessible();
    }
}
