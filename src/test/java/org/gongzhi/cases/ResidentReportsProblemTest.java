package org.gongzhi.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/**
 * A resident starts a report on the phone and is shown the open cases nearby that they may see first - for the
 * grid's branch secretary, a neighbour's - and says "me too".
 */
class ResidentReportsProblemTest extends BrowserTest {

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void a_branch_secretary_is_shown_a_similar_open_case_of_the_grid_first_and_says_me_too() throws Exception {
        String description = "楼道口有电动车充电，电线拖在地上 " + UUID.randomUUID().toString().substring(0, 6);
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"EBIKE_CHARGING\",\"description\":\"" + description
                                + "\",\"stairwellCode\":\"AY-1-1\",\"anonymous\":true}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        signIn("branch.secretary");
        open("/report");
        assertThat(page.getByLabel("楼道编号")).hasValue("AY-1-1");
        assertAccessible();
        screenshot("report-what-and-where");
        page.getByLabel("问题类别").selectOption("EBIKE_CHARGING");
        page.getByLabel("楼道", new Page.GetByLabelOptions().setExact(true)).check();
        press("下一步");

        assertThat(page.locator("#similar")).containsText(description);
        assertAccessible();
        screenshot("report-similar-cases");
        press("我也遇到了工单 #" + id + " 的问题");

        assertThat(page.locator(".flash")).containsText("您也遇到了这个问题");
        assertThat(page.locator("#me-toos")).hasText("1 人也遇到");
        assertThat(page.locator("#case-reporter")).hasText("匿名居民");
        assertAccessible();
        screenshot("case-me-too");
    }

    @Test
    void a_resident_reports_litter_at_swan_lake_with_a_photo_anonymously() {
        signIn("resident");
        open("/report");
        page.getByLabel("问题类别").selectOption("SWAN_LAKE");
        assertThat(page.getByLabel("公共场所", new Page.GetByLabelOptions().setExact(true))).isHidden();
        page.getByLabel("公共场所（天鹅湖、中心花园等）").check();
        page.getByLabel("公共场所", new Page.GetByLabelOptions().setExact(true)).selectOption("SWAN_LAKE");
        press("下一步");
        page.getByLabel("问题描述").fill("天鹅湖南岸有人投喂，湖边有面包袋");
        page.getByLabel("现场照片（可不传）").setInputFiles(
                new FilePayload("lake.png", "image/png", CaseFixtures.png()));
        page.getByLabel("匿名上报").check();
        assertAccessible();
        screenshot("report-describe");
        press("提交");

        assertThat(page.locator(".flash")).containsText("已上报");
        assertThat(page.locator("h1")).containsText("天鹅湖喂食与垃圾");
        assertThat(page.locator("#case-facts")).containsText("天鹅湖");
        assertThat(page.locator("#case-state")).hasText("待受理");
        assertThat(page.locator("figure img")).isVisible();
        assertAccessible();
        screenshot("case-reported");

        open("/my/cases");
        assertThat(page.locator("#my-cases")).containsText("天鹅湖喂食与垃圾");
    }

    @Test
    void a_place_the_resident_did_not_choose_is_never_taken() throws Exception {
        String page = mvc.perform(get("/report").param("category", "SWAN_LAKE").param("landmark", "SWAN_LAKE")
                        .param("stairwellCode", "AY-1-1").with(as("resident")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"f-placeKind\"", "id=\"e-placeKind\"")
                .doesNotContain("name=\"description\"");
        String fresh = mvc.perform(get("/report").with(as("resident"))).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(fresh).doesNotContain("checked=\"checked\"", " checked>");
    }
}
