package org.gongzhi.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/** A verified volunteer, on a phone, reports a broken stair light for an elderly neighbour without a phone (代办). */
class VolunteerReportsForElderOnPhoneTest extends BrowserTest {

    @Test
    void a_volunteer_reports_a_problem_on_behalf_of_an_elderly_resident() {
        String volunteer = ReportOnBehalfTest.volunteer(this, jdbc, ownResidentAccount("vol.phone.g10", 10), true);
        Map<String, Object> elder = ReportOnBehalfTest.elder(jdbc, 10, 0);
        String what = "三楼楼道灯不亮，老人晚上下楼看不见 " + UUID.randomUUID().toString().substring(0, 4);

        signIn(volunteer);
        open("/report-for");
        assertAccessible();
        page.getByLabel("居民姓名").fill((String) elder.get("name"));
        page.getByLabel("楼号").fill(String.valueOf(elder.get("building_number")));
        page.getByLabel("单元").fill(String.valueOf(elder.get("unit_number")));
        page.getByLabel("房号").fill((String) elder.get("room"));
        page.getByLabel("当面同意").check();
        page.getByLabel("同意情况说明").fill("上门探望时本人口述，同意由我代为上报");
        page.locator("#f-category").selectOption("BROKEN_LIGHT");
        page.getByLabel("问题描述").fill(what);
        screenshot("report-for-filled");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("代为上报").setExact(true)).click();
        assertThat(page.locator("#reported-for")).containsText("已代为上报，工单编号 #");
        assertAccessible();
        screenshot("report-for-done");

        // bad input keeps what was typed and names the field
        page.getByLabel("居民姓名").fill("不存在的人");
        page.getByLabel("楼号").fill(String.valueOf(elder.get("building_number")));
        page.getByLabel("单元").fill(String.valueOf(elder.get("unit_number")));
        page.getByLabel("房号").fill((String) elder.get("room"));
        page.getByLabel("电话同意").check();
        page.getByLabel("同意情况说明").fill("电话确认");
        page.locator("#f-category").selectOption("BROKEN_LIGHT");
        page.getByLabel("问题描述").fill(what);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("代为上报").setExact(true)).click();
        assertThat(page.locator("#problems")).containsText("该地址没有与此姓名相符的在册居民");
        assertThat(page.getByLabel("问题描述")).hasValue(what);
        assertAccessible();
        screenshot("report-for-no-match");
    }
}
