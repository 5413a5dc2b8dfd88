package org.gongzhi.shared.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import org.gongzhi.BrowserTest;

/**
 * Whatever goes wrong, a person stays inside the site: the header and menu, their language and care mode, a message
 * that says what happened and the way back. Programs asking the API keep getting RFC 9457 problems.
 */
class PersonFindsTheWayBackFromAnErrorTest extends BrowserTest {

    private Response visit(String path) {
        return page.navigate(baseUrl() + path);
    }

    private void assertFramed(Response response, int status, String heading) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page.locator("header.topbar nav .nav-more")).hasCount(1);
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("#error-back")).hasText("返回上一页");
        assertThat(page.locator("#error-home")).hasText("回到首页");
        assertThat(page.locator("footer")).containsText("开启关怀模式");
    }

    @Test
    void a_mistyped_address_answers_a_page_in_the_frame_not_json() {
        usePhone(360, 780);
        signIn("resident");
        open("/proposals");
        Response response = visit("/proposals/abc");
        assertFramed(response, 400, "这个地址有误");
        screenshot("error-400");
        assertAccessible();
        page.locator("#error-back").click();
        page.waitForURL(baseUrl() + "/proposals");
    }

    @Test
    void a_missing_page_a_refused_page_a_wrong_method_and_a_failure_keep_the_frame() {
        usePhone(360, 780);
        signIn("resident");
        assertFramed(visit("/no-such-page"), 404, "没有找到这个页面");
        assertFramed(visit("/proposals/99999999"), 404, "没有找到这个页面");
        assertFramed(visit("/residents"), 403, "您没有权限打开这个页面");
        screenshot("error-403");
        assertAccessible();
        assertFramed(visit("/account/password"), 405, "不能这样打开这个页面");
        assertFramed(visit("/error"), 500, "系统出了问题");
        page.locator("#error-home").click();
        page.waitForURL(baseUrl() + "/");
    }

    @Test
    void an_error_page_speaks_the_persons_language_in_care_mode() {
        usePhone(360, 780);
        useCareMode();
        signIn("oc.member");
        page.locator("footer button[lang=en]").click();
        try {
            Response response = visit("/votes/not-a-number");
            assertThat(response.status()).isEqualTo(400);
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("body")).hasClass("care");
            assertThat(page.locator("h1")).hasText("This address is not right");
            assertThat(page.locator("#error-back")).hasText("Back to the previous page");
            assertAccessible();
            screenshot("error-400-en-care");
        } finally {
            page.locator("footer button[lang=zh-CN]").click();
        }
    }

    @Test
    void a_form_sent_after_the_session_expired_asks_to_sign_in_again_and_keeps_the_input() {
        usePhone(360, 780);
        signIn("resident");
        open("/proposals/new");
        page.getByLabel("标题").fill("楼下的长椅坏了");
        page.getByLabel("具体内容").fill("3号楼门口的长椅断了一条腿。");
        page.getByLabel("类别", new Page.GetByLabelOptions().setExact(true)).selectOption("FACILITIES");
        page.getByLabel("公共场所", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("哪个公共场所", new Page.GetByLabelOptions().setExact(true)).selectOption("SWAN_LAKE");
        context.clearCookies();
        page.locator("form.card button[name=step][value=next]").click();

        assertThat(page.locator("h1")).hasText("登录已过期");
        assertThat(page.locator("main")).containsText("重新登录");
        assertThat(page.locator("header.topbar")).isVisible();
        assertAccessible();
        screenshot("error-403-expired");
        page.locator("#error-sign-in").click();
        page.getByLabel("用户名").fill("resident");
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("form.card button[type=submit]").click();

        page.waitForURL(baseUrl() + "/proposals/new");
        assertThat(page.getByLabel("标题")).hasValue("楼下的长椅坏了");
        assertThat(page.getByLabel("具体内容")).hasValue("3号楼门口的长椅断了一条腿。");
        assertThat(page.getByLabel("类别", new Page.GetByLabelOptions().setExact(true))).hasValue("FACILITIES");
        assertThat(page.locator("#draft-restored")).isVisible();
        screenshot("form-restored-after-sign-in");
    }

    @Test
    void programs_asking_the_api_keep_getting_problem_json() {
        signIn("resident");
        RequestOptions json = RequestOptions.create().setHeader("Accept", "application/json");
        assertProblem(context.request().get(baseUrl() + "/api/v1/proposals/abc", json), 400);
        assertProblem(context.request().get(baseUrl() + "/api/v1/no-such-thing", json), 404);
        assertProblem(context.request().get(baseUrl() + "/api/v1/residents", json), 403);
        assertProblem(context.request().get(baseUrl() + "/proposals/abc", json), 400);
    }

    private static void assertProblem(APIResponse response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(response.text()).contains("\"status\":" + status);
    }
}
