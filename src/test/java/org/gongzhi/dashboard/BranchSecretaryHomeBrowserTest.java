package org.gongzhi.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.BrowserTest;

/** The secretary of grid branch 1, on a phone, finds the branch's to-dos at home and opens the overdue orders. */
class BranchSecretaryHomeBrowserTest extends BrowserTest {

    private void staffStep(long id, String body) throws Exception {
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** A report in grid 1 dispatched a month ago, so past its deadline. */
    private long overdueInGridOne() throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"LITTER\",\"description\":\"楼道堆物 " + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        staffStep(id, "{\"action\":\"ACCEPT\"}");
        staffStep(id, "{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\"}");
        jdbc.sql("update work_order set deadline = deadline - interval '30' day where id = ?").param(id).update();
        return id;
    }

    @Test
    void the_secretary_follows_the_overdue_count_to_the_filtered_list() throws Exception {
        long id = overdueInGridOne();
        signIn("branch.secretary");
        open("/");
        var block = page.locator("#today-branch-1");
        assertThat(block.locator("h2")).hasText("第一网格党支部的待办");
        assertThat(block).containsText("网格：1、2");
        assertThat(block).containsText("巡查");
        var overdue = page.locator("#todo-branchOverdue-1");
        String count = overdue.locator(".count").textContent().trim();
        screenshot("home-branch-secretary");
        assertAccessible();

        overdue.locator("a").click();
        page.waitForURL("**/cases?overdue=true&branch=1");
        assertThat(page.locator("h1")).hasText("工单");
        assertThat(page.locator("main")).containsText("共 " + count + " 件");
        assertThat(page.locator("#measure-filter")).containsText("第一网格党支部");
        assertThat(page.getByLabel("只看已超期的（过了处理期限、还没处理完）")).isChecked();
        assertThat(page.locator("#cases a[href='/cases/" + id + "']")).hasCount(1);
        screenshot("cases-overdue-branch-1");
        assertAccessible();
    }
}
