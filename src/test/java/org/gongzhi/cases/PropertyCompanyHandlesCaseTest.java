package org.gongzhi.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/** The property company fixes a broken light with a photo; the resident who reported it verifies and rates. */
class PropertyCompanyHandlesCaseTest extends BrowserTest {

    private long reportedAndDispatchedToTheProperty() throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"BROKEN_LIGHT\",\"description\":\"3楼楼道灯不亮，晚上看不见台阶\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        for (String body : new String[] {"{\"action\":\"ACCEPT\"}",
                "{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\"}"}) {
            mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        }
        return id;
    }

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void the_property_company_handles_a_dispatched_case_and_the_reporter_verifies_and_rates_it() throws Exception {
        long id = reportedAndDispatchedToTheProperty();

        signIn("pm.staff");
        open("/cases?state=DISPATCHED");
        assertThat(page.locator("#cases")).containsText("#" + id);
        assertAccessible();
        screenshot("cases-property-company");

        page.locator("#cases a[href='/cases/" + id + "']").click();
        assertThat(page.locator("#case-state")).hasText("已派遣");
        press("开始处理");
        assertThat(page.locator(".flash")).containsText("已开始处理");
        page.getByLabel("处理后的现场照片").setInputFiles(
                new FilePayload("fixed.png", "image/png", CaseFixtures.png()));
        page.getByLabel("处理情况").fill("已更换楼道灯泡和开关");
        assertAccessible();
        screenshot("case-property-company-handles");
        press("处理完毕");
        assertThat(page.locator("#case-state")).hasText("待验收");
        assertThat(page.locator("figure img")).isVisible();
        assertThat(page.locator("#timeline")).containsText("已更换楼道灯泡和开关");
        assertAccessible();
        screenshot("case-handled");

        context.clearCookies();
        signIn("resident");
        open("/my/cases");
        assertThat(page.locator("#my-cases")).containsText("#" + id);
        assertAccessible();
        screenshot("my-cases");
        open("/cases/" + id);
        assertThat(page.locator("#case-reporter")).hasText("您本人");
        press("验收通过");
        assertThat(page.locator("#case-state")).hasText("已结案");
        page.getByLabel("满意度").selectOption("5");
        page.getByLabel("评价（可不填）").fill("灯亮了，谢谢物业师傅");
        assertAccessible();
        screenshot("case-verified-rating");
        press("提交评价");
        assertThat(page.locator(".flash")).containsText("感谢您的评价");
        assertThat(page.locator("#case-facts")).containsText("满意度 5 分");
        assertAccessible();
        screenshot("case-rated");
    }
}
