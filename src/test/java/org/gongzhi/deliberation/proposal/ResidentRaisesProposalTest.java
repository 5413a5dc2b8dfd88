package org.gongzhi.deliberation.proposal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;
import org.gongzhi.cases.CaseFixtures;

/**
 * A resident raises a proposal on the phone with a photo, is shown the Swan Lake proposal first and submits anyway;
 * the photo comes along.
 */
class ResidentRaisesProposalTest extends BrowserTest {

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void label(String text, String value) {
        page.getByLabel(text, new Page.GetByLabelOptions().setExact(true)).selectOption(value);
    }

    @Test
    void a_resident_is_shown_the_swan_lake_proposal_and_submits_a_different_one_anyway() {
        String title = "天鹅湖北岸有人投喂天鹅 " + UUID.randomUUID().toString().substring(0, 4);
        signIn("resident");
        open("/proposals");
        assertAccessible();
        screenshot("proposals-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要提议").setExact(true)).click();

        assertThat(page.getByLabel("楼道编号")).hasValue("AY-1-1");
        page.getByLabel("标题").fill(title);
        page.getByLabel("具体内容").fill("北岸没有告示牌。\n早上常有人扔面包。");
        label("类别", "ENVIRONMENT");
        page.getByLabel("公共场所", new Page.GetByLabelOptions().setExact(true)).check();
        label("哪个公共场所", "SWAN_LAKE");
        page.getByLabel("照片", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("north-shore.png", "image/png", CaseFixtures.png()));
        assertAccessible();
        screenshot("proposal-new");
        press("下一步");

        assertThat(page.locator("#similar")).containsText("禁止投喂天鹅，设置告示牌和投喂点");
        assertThat(page.locator("#similar")).containsText("相同的词：天鹅、投喂、喂天");
        assertThat(page.locator("#photos-kept")).isVisible();
        assertAccessible();
        screenshot("proposal-similar");
        press("我的不一样，仍然提交");

        assertThat(page.locator(".flash")).containsText("议题已提交");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#proposal-state")).hasText("征集支持中");
        assertThat(page.locator("#proposal-facts")).containsText("天鹅湖");
        assertThat(page.locator("#proposal-description br")).hasCount(1);
        assertThat(page.locator("#timeline")).containsText("草稿 → 征集支持中");
        var thumbnail = page.getByAltText("议题照片 1");
        thumbnail.scrollIntoViewIfNeeded();
        assertThat(thumbnail).hasAttribute("loading", "lazy");
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", thumbnail.elementHandle());
        assertAccessible();
        screenshot("proposal-submitted");
        thumbnail.click();
        page.waitForURL("**/proposals/*/photos/*");
        page.goBack();

        open("/my/proposals");
        assertThat(page.locator("#my-raised")).containsText(title);
        assertThat(page.locator("#my-followed")).containsText("禁止投喂天鹅");
        assertThat(page.locator("#my-drafts")).containsText("楼道里加装声控灯");
        assertAccessible();
        screenshot("proposals-mine");
    }
}
