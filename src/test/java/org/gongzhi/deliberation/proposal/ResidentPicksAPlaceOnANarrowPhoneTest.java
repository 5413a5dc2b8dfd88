package org.gongzhi.deliberation.proposal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * On a 360-px phone the proposal form asks where first and then shows only the field of that kind (CSS, no script);
 * the resident picks Swan Lake and the draft is about Swan Lake, not their stairwell.
 */
class ResidentPicksAPlaceOnANarrowPhoneTest extends BrowserTest {

    private Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void the_resident_chooses_a_landmark_and_sees_only_the_landmark_field() {
        usePhone(360, 780);
        signIn("resident");
        open("/proposals/new");
        var stairwell = page.getByLabel("楼道编号", exact());
        var building = page.getByLabel("楼号", exact());
        var landmark = page.getByLabel("哪个公共场所", exact());
        assertThat(stairwell).isHidden();
        assertThat(building).isHidden();
        assertThat(landmark).isHidden();

        page.getByLabel("楼道", exact()).check();
        assertThat(stairwell).isVisible();
        assertThat(stairwell).hasValue("AY-1-1");
        assertThat(landmark).isHidden();

        page.getByLabel("公共场所", exact()).check();
        assertThat(landmark).isVisible();
        assertThat(stairwell).isHidden();
        assertThat(building).isHidden();
        String title = "天鹅湖边垃圾桶太少 " + UUID.randomUUID().toString().substring(0, 4);
        page.getByLabel("标题", exact()).fill(title);
        page.getByLabel("具体内容", exact()).fill("湖边只有一个垃圾桶，周末经常满出来。");
        page.getByLabel("类别", exact()).selectOption("ENVIRONMENT");
        landmark.selectOption("SWAN_LAKE");
        assertAccessible();
        screenshot("proposal-place-landmark-360");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("存为草稿").setExact(true)).click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#proposal-facts")).containsText("天鹅湖");
        assertThat(page.locator("#proposal-facts")).not().containsText("AY-1-1");
    }

    @Test
    void a_chosen_kind_left_empty_comes_back_with_its_field_shown_and_named() {
        usePhone(360, 780);
        signIn("resident");
        open("/proposals/new");
        page.getByLabel("标题", exact()).fill("楼里想装个信箱");
        page.getByLabel("具体内容", exact()).fill("快递和信件没地方放。");
        page.getByLabel("类别", exact()).selectOption("FACILITIES");
        page.getByLabel("某栋楼", exact()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("存为草稿").setExact(true)).click();

        assertThat(page.locator("#problems")).containsText("楼号");
        assertThat(page.getByLabel("某栋楼", exact())).isChecked();
        assertThat(page.getByLabel("楼号", exact())).isVisible();
        assertThat(page.locator("#e-buildingNumber")).isVisible();
        assertThat(page.getByLabel("标题", exact())).hasValue("楼里想装个信箱");
        assertAccessible();
        screenshot("proposal-place-missing-360");
    }
}
