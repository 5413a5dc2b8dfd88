package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * The case list narrowed to overdue and to escalated work orders, in the API and in the page's form, combined with
 * the other filters and paged; "overdue" means what the escalation job means by it.
 */
class CaseListFiltersTest extends IntegrationTest {

    @Autowired
    CaseHandling handling;

    private long report(String extra) throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category":"LITTER","description":"%s"%s}""".formatted("筛选测试 " + UUID.randomUUID(),
                                extra)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void step(long id, String body) throws Exception {
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private long dispatched(String extra, String party) throws Exception {
        long id = report(extra);
        step(id, "{\"action\":\"ACCEPT\"}");
        step(id, "{\"action\":\"DISPATCH\",\"party\":\"" + party + "\"}");
        return id;
    }

    private void pastDeadline(long id) {
        jdbc.sql("update work_order set deadline = deadline - interval '30' day where id = ?").param(id).update();
    }

    private Map<String, Object> list(String user, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/cases?" + query).with(as(user));
        return JsonPath.read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(), "$");
    }

    private static List<Integer> ids(Map<String, Object> page) {
        return JsonPath.read(page, "$.items[*].id");
    }

    private static long total(Map<String, Object> page) {
        return ((Number) page.get("total")).longValue();
    }

    @Test
    void overdue_lists_exactly_the_dispatched_or_started_orders_past_their_deadline() throws Exception {
        long late = dispatched("", "PROPERTY_COMPANY");
        pastDeadline(late);
        long alsoLate = dispatched("", "OWNERS_COMMITTEE");
        pastDeadline(alsoLate);
        long inTime = dispatched("", "PROPERTY_COMPANY");
        long lateInGrid15 = dispatched(",\"placeKind\":\"LANDMARK\",\"landmark\":\"NORTH_GATE\"", "PROPERTY_COMPANY");
        pastDeadline(lateInGrid15);

        Map<String, Object> all = list("rc.staff", "overdue=true&size=100");
        long expected = jdbc.sql("""
                select count(*) from work_order where community_id = 1 and state in ('DISPATCHED', 'IN_HANDLING')
                  and deadline < ?""")
                .param(OffsetDateTime.now()).query(Long.class).single();
        assertThat(total(all)).isEqualTo(expected);
        assertThat(ids(all)).contains((int) late, (int) alsoLate, (int) lateInGrid15).doesNotContain((int) inTime);
        assertThat(JsonPath.<List<Boolean>>read(all, "$.items[*].overdue")).isNotEmpty().containsOnly(true);

        // combined with grid, state and party
        assertThat(ids(list("rc.staff", "overdue=true&grid=1&state=DISPATCHED&size=100")))
                .contains((int) late, (int) alsoLate).doesNotContain((int) lateInGrid15, (int) inTime);
        assertThat(ids(list("rc.staff", "overdue=true&grid=15&size=100"))).contains((int) lateInGrid15)
                .doesNotContain((int) late);
        assertThat(ids(list("rc.staff", "overdue=true&state=IN_HANDLING&size=100"))).doesNotContain((int) late);
        assertThat(ids(list("rc.staff", "overdue=true&party=OWNERS_COMMITTEE&size=100"))).contains((int) alsoLate)
                .doesNotContain((int) late);
        // the property company sees only its own overdue orders
        assertThat(ids(list("pm.staff", "overdue=true&size=100"))).contains((int) late)
                .doesNotContain((int) alsoLate);

        // paged: one at a time, the same total, no order twice
        Map<String, Object> first = list("rc.staff", "overdue=true&size=1&page=0");
        Map<String, Object> second = list("rc.staff", "overdue=true&size=1&page=1");
        assertThat(total(first)).isEqualTo(expected).isEqualTo(total(second));
        assertThat(ids(first)).hasSize(1);
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void escalated_lists_the_open_orders_the_job_flagged_and_drops_them_once_closed() throws Exception {
        long late = dispatched("", "RESIDENTS_COMMITTEE");
        pastDeadline(late);
        long inTime = dispatched("", "RESIDENTS_COMMITTEE");
        handling.escalateOverdue();

        Map<String, Object> escalated = list("rc.staff", "escalated=true&size=100");
        assertThat(ids(escalated)).contains((int) late).doesNotContain((int) inTime);
        assertThat(JsonPath.<List<Boolean>>read(escalated, "$.items[*].escalated")).containsOnly(true);
        assertThat(JsonPath.<List<String>>read(escalated, "$.items[*].state")).doesNotContain("CLOSED", "REJECTED");
        assertThat(total(escalated)).isEqualTo(jdbc.sql("""
                select count(*) from work_order where community_id = 1 and escalated
                  and state not in ('REJECTED', 'CLOSED')""")
                .query(Long.class).single());
        assertThat(ids(list("rc.staff", "escalated=true&overdue=true&grid=1&size=100"))).contains((int) late);
        assertThat(ids(list("rc.staff", "escalated=true&state=REPORTED&size=100"))).isEmpty();

        step(late, "{\"action\":\"START\"}");
        mvc.perform(multipart("/api/v1/cases/" + late + "/transitions")
                .file(new MockMultipartFile("photo", "fixed.png", "image/png",
                        CaseFixtures.png()))
                .param("action", "HANDLE").param("note", "已清理").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + late + "/transitions").with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"VERIFY_PASS\"}"))
                .andExpect(status().isOk());
        assertThat(ids(list("rc.staff", "escalated=true&size=100"))).doesNotContain((int) late);
    }

    @Test
    void the_page_offers_both_filters_as_large_checkboxes_and_keeps_them_across_pages() throws Exception {
        long late = dispatched("", "PROPERTY_COMPANY");
        pastDeadline(late);
        dispatched("", "PROPERTY_COMPANY");
        long total = total(list("rc.staff", "overdue=true&grid=1"));

        String html = mvc.perform(get("/cases").param("overdue", "true").param("grid", "1").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 " + total + " 件")))
                .andExpect(content().string(containsString("只看已超期")))
                .andExpect(content().string(containsString("只看已升级督办")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<input type=\"checkbox\" id=\"f-overdue\" name=\"overdue\" value=\"true\"\\s+"
                + "checked=\"checked\">");
        assertThat(html).containsPattern("<input type=\"checkbox\" id=\"f-escalated\" name=\"escalated\" "
                + "value=\"true\"\\s*>");
        assertThat(html).contains("<label for=\"f-overdue\">", "<label for=\"f-escalated\">");
        assertThat(html).contains("href=\"/cases/" + late + "\"");
        if (total > 20) {
            assertThat(html).contains("overdue=true&amp;page=1");
        }
        mvc.perform(get("/cases").with(as("rc.staff")))
                .andExpect(content().string(not(containsString("checked=\"checked\""))));
        assertThat(new CaseFilter(null, null, 1, null, null, null, true, true, 0, 20).query())
                .isEqualTo("state=&category=&grid=1&overdue=true&escalated=true");
    }
}
