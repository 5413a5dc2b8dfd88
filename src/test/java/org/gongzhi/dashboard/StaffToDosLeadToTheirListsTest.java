package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;
import org.gongzhi.cases.CaseFixtures;
import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.PatrolStatus;

/**
 * The home page's work-order counts open the case list filtered the same way, so the count there is the list's
 * total; the grid branch secretary gets a block of their own: next patrol, orders to verify, overdue ones, open
 * records.
 */
class StaffToDosLeadToTheirListsTest extends IntegrationTest {

    private static final String TODAY = "/api/v1/me/today";

    @Autowired
    PatrolSchedules schedules;

    @Autowired
    PatrolRecords records;

    private long community() {
        return jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private long report(String extra) throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category":"LITTER","description":"%s"%s}""".formatted("待办测试 " + UUID.randomUUID(),
                                extra)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private void step(long id, String body) throws Exception {
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    private long dispatched(String extra) throws Exception {
        long id = report(extra);
        step(id, "{\"action\":\"ACCEPT\"}");
        step(id, "{\"action\":\"DISPATCH\",\"party\":\"RESIDENTS_COMMITTEE\"}");
        return id;
    }

    private long overdue(String extra) throws Exception {
        long id = dispatched(extra);
        jdbc.sql("update work_order set deadline = deadline - interval '30' day where id = ?").param(id).update();
        return id;
    }

    private long handled(String extra) throws Exception {
        long id = dispatched(extra);
        step(id, "{\"action\":\"START\"}");
        mvc.perform(multipart("/api/v1/cases/" + id + "/transitions")
                .file(new MockMultipartFile("photo", "fixed.png", "image/png", CaseFixtures.png()))
                .param("action", "HANDLE").param("note", "已清理").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        return id;
    }

    private Map<String, Object> json(String user, String url) throws Exception {
        return JsonPath.read(mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), "$");
    }

    /** The total of the API's case list at the same address as the page link. */
    private long listTotal(String user, String pageUrl) throws Exception {
        return ((Number) json(user, "/api/v1" + pageUrl).get("total")).longValue();
    }

    private String html(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Map<String, Object> todo(Map<String, Object> today, String path, String key) {
        List<Map<String, Object>> found = JsonPath.read(today, path + "[?(@.key == '" + key + "')]");
        assertThat(found).as(key).hasSize(1);
        return found.getFirst();
    }

    private static long count(Map<String, Object> todo) {
        return ((Number) todo.get("count")).longValue();
    }

    @Test
    void the_residents_committee_counts_open_the_overdue_and_escalated_lists_with_the_same_totals()
            throws Exception {
        overdue("");
        Map<String, Object> today = json("rc.staff", TODAY);

        Map<String, Object> overdue = todo(today, "$.staff", "casesOverdue");
        assertThat(overdue.get("url")).isEqualTo("/cases?overdue=true");
        assertThat(count(overdue)).isPositive().isEqualTo(listTotal("rc.staff", "/cases?overdue=true"));
        assertThat(html("rc.staff", "/cases?overdue=true")).contains("共 " + count(overdue) + " 件");

        List<Map<String, Object>> escalated = JsonPath.read(today, "$.staff[?(@.key == 'casesEscalated')]");
        long escalatedTotal = listTotal("rc.staff", "/cases?escalated=true");
        assertThat(escalated.stream().mapToLong(StaffToDosLeadToTheirListsTest::count).sum())
                .isEqualTo(escalatedTotal);
        escalated.forEach(e -> assertThat(e.get("url")).isEqualTo("/cases?escalated=true"));

        assertThat(html("rc.staff", "/")).contains("href=\"/cases?overdue=true\"");
    }

    @Test
    void the_property_company_count_of_overdue_orders_is_its_filtered_lists_total() throws Exception {
        long id = report("");
        step(id, "{\"action\":\"ACCEPT\"}");
        step(id, "{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\"}");
        jdbc.sql("update work_order set deadline = deadline - interval '30' day where id = ?").param(id).update();

        Map<String, Object> overdue = todo(json("pm.staff", TODAY), "$.staff", "casesOverdue.PROPERTY_COMPANY");
        assertThat(overdue.get("url")).isEqualTo("/cases?overdue=true&party=PROPERTY_COMPANY");
        assertThat(count(overdue)).isPositive()
                .isEqualTo(listTotal("pm.staff", "/cases?overdue=true&party=PROPERTY_COMPANY"));

        Map<String, Object> toStart = todo(json("pm.staff", TODAY), "$.staff", "casesToHandle.PROPERTY_COMPANY");
        assertThat(toStart.get("url")).isEqualTo("/cases?state=DISPATCHED&party=PROPERTY_COMPANY");
        assertThat(count(toStart)).isPositive()
                .isEqualTo(listTotal("pm.staff", "/cases?state=DISPATCHED&party=PROPERTY_COMPANY"));
    }

    @Test
    void the_branch_secretary_sees_the_branchs_next_patrol_and_the_orders_waiting_in_its_grids() throws Exception {
        handled("");
        overdue("");
        long elsewhere = handled(",\"placeKind\":\"LANDMARK\",\"landmark\":\"NORTH_GATE\"");

        Map<String, Object> today = json("branch.secretary", TODAY);
        assertThat(JsonPath.<List<Integer>>read(today, "$.branches[*].number")).containsExactly(1);
        assertThat(JsonPath.<List<Integer>>read(today, "$.branches[0].grids")).containsExactly(1, 2);
        LocalDate next = LocalDate.parse(JsonPath.read(today, "$.branches[0].nextPatrol.date"));
        assertThat(next).isAfterOrEqualTo(LocalDate.now()).isBefore(LocalDate.now().plusMonths(2));
        String patrolUrl = JsonPath.read(today, "$.branches[0].nextPatrol.url");
        assertThat(patrolUrl).isIn("/patrols/branches/1", "/patrols/branches/1/" + LocalDate.now());
        mvc.perform(get(patrolUrl).with(as("branch.secretary"))).andExpect(status().isOk());

        Map<String, Object> verify = todo(today, "$.branches[0].todo", "branchToVerify");
        assertThat(verify.get("url")).isEqualTo("/cases?state=HANDLED&branch=1");
        assertThat(count(verify)).isPositive()
                .isEqualTo(listTotal("branch.secretary", "/cases?state=HANDLED&branch=1"));
        Map<String, Object> verifyList = json("branch.secretary", "/api/v1/cases?state=HANDLED&branch=1&size=100");
        List<Integer> toVerify = JsonPath.read(verifyList, "$.items[*].gridNumber");
        assertThat(toVerify).isNotEmpty().allMatch(g -> g == 1 || g == 2);
        assertThat(JsonPath.<List<Integer>>read(verifyList, "$.items[*].id")).doesNotContain((int) elsewhere);

        Map<String, Object> overdue = todo(today, "$.branches[0].todo", "branchOverdue");
        assertThat(overdue.get("url")).isEqualTo("/cases?overdue=true&branch=1");
        assertThat(count(overdue)).isPositive()
                .isEqualTo(listTotal("branch.secretary", "/cases?overdue=true&branch=1"));

        List<Map<String, Object>> open = JsonPath.read(today, "$.branches[0].openRecords");
        long unclosed = jdbc.sql("""
                select count(*) from patrol_record r join grid_branch b on b.id = r.grid_branch_id
                where b.community_id = 1 and b.number = 1 and r.closed_at is null and r.patrol_date > ?""")
                .param(LocalDate.now().minusYears(1)).query(Long.class).single();
        PatrolSchedule branchOne = schedules.schedule(community(), 1);
        long unrecorded = records.latestHeld(branchOne).filter(o -> records.find(branchOne, o.date()).isEmpty())
                .isPresent() ? 1 : 0;
        assertThat(open).hasSize((int) (unclosed + unrecorded));
        assertThat(open.stream().filter(r -> Boolean.FALSE.equals(r.get("started")))).hasSize((int) unrecorded);
        for (Map<String, Object> r : open) {
            assertThat(r.get("url")).isEqualTo("/patrols/branches/1/" + r.get("date"));
            mvc.perform(get((String) r.get("url")).with(as("branch.secretary"))).andExpect(status().isOk());
        }

        String home = html("branch.secretary", "/");
        assertThat(home).contains("id=\"today-branch-1\"", "第一网格党支部的待办", "网格：1、2",
                "href=\"" + patrolUrl + "\"", "href=\"/cases?state=HANDLED&amp;branch=1\"",
                "href=\"/cases?overdue=true&amp;branch=1\"", "件工单已处理完、等您核验");
        assertThat(html("branch.secretary", "/cases?state=HANDLED&branch=1"))
                .contains("共 " + count(verify) + " 件", "第一网格党支部", "name=\"branch\" value=\"1\"");
        assertThat(html("branch.secretary", "/cases?overdue=true&branch=1")).contains("共 " + count(overdue) + " 件");
    }

    @Test
    void the_branch_block_speaks_english() throws Exception {
        String html = mvc.perform(get("/").with(as("branch.secretary")).cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Grid branch 1: to do", "Grids: 1, 2").doesNotContain("??");
        assertThat(html).containsPattern("Next patrol: |Patrol today");
        assertThat(html("branch.secretary", "/cases?overdue=true")).contains("只看已超期");
    }

    @Test
    void other_roles_get_no_branch_block() throws Exception {
        for (String user : List.of("rc.staff", "resident", "pm.staff")) {
            assertThat(JsonPath.<List<Object>>read(json(user, TODAY), "$.branches")).as(user).isEmpty();
        }
    }

    @Test
    void the_next_patrol_skips_a_cancelled_one_and_takes_a_moved_one_on_its_new_day() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        PatrolOccurrence past = occurrence(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 12),
                PatrolStatus.SCHEDULED);
        PatrolOccurrence movedFromNovember = occurrence(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 20),
                PatrolStatus.MOVED);
        PatrolOccurrence cancelled = occurrence(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10),
                PatrolStatus.CANCELLED);
        PatrolOccurrence january = occurrence(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 14),
                PatrolStatus.SCHEDULED);

        assertThat(TodayQueries.next(List.of(past, cancelled, january), today)).contains(january);
        assertThat(TodayQueries.next(List.of(movedFromNovember, cancelled, january), today))
                .contains(movedFromNovember);
        assertThat(TodayQueries.next(List.of(past), today)).isEmpty();
        assertThat(TodayQueries.next(List.of(past), past.date())).contains(past);
    }

    private static PatrolOccurrence occurrence(LocalDate original, LocalDate date, PatrolStatus status) {
        return new PatrolOccurrence(1, "第一网格党支部", original, date, LocalTime.of(14, 0), 120, "党群服务站", status,
                null);
    }
}
