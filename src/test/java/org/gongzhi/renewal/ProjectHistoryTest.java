package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzhi.IntegrationTest;

/**
 * A project's plan is corrected with a reason while the work is not completed, against the version the person
 * saw; every change of a project is kept in its history, newest first.
 */
class ProjectHistoryTest extends IntegrationTest {

    private ProjectFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
    }

    private long handMade(String title, String budget) throws Exception {
        return ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"%s","place":"7号楼","budget":"%s","fundingSource":"社区公益金"}"""
                .formatted(title, budget)).andExpect(status().isCreated()));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private ResultActions edit(String username, long id, String body) throws Exception {
        return mvc.perform(put("/api/v1/projects/" + id).with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String plan(String title, String budget, String reason, int version) {
        return """
                {"title":"%s","place":"7号楼","budget":"%s","fundingSource":"社区公益金","reason":%s,"version":%d}"""
                .formatted(title, budget, reason == null ? "null" : "\"" + reason + "\"", version);
    }

    private String displayName(String username) {
        return jdbc.sql("select display_name from account where username = ?").param(username).query(String.class)
                .single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void a_project_adopted_without_a_budget_gets_one_with_a_reason_audit_and_history() throws Exception {
        long proposal = fixtures.onAgenda("健身器材更换");
        fixtures.toDecision(proposal);
        fixtures.transition(proposal, "ADOPT").andExpect(status().isOk());
        String url = mvc.perform(get("/projects/for-proposal/" + proposal).with(as("resident")))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        String before = JsonPath.read(mvc.perform(get("/api/v1/projects/" + id).with(as("rc.staff")))
                .andExpect(jsonPath("$.budgetFen").value(0)).andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getContentAsString(), "$.title");

        edit("pm.staff", id, """
                {"title":"%s","plan":"更换 6 件健身器材","place":"篮球场","budget":"12800.5","fundingSource":"社区公益金",
                 "reason":"会议没有定预算，按物业报价补上","version":0}""".formatted(before))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.budgetFen").value(1_280_050))
                .andExpect(jsonPath("$.plan").value("更换 6 件健身器材"))
                .andExpect(jsonPath("$.fundingSource").value("社区公益金"))
                .andExpect(jsonPath("$.title").value(before))
                .andExpect(jsonPath("$.version").value(1));

        assertThat(jdbc.sql("select detail from audit_event where action = 'PROJECT_REVISED' and subject_id = ?")
                .param(id).query(String.class).list())
                .containsExactly("plan,budget,fundingSource · 会议没有定预算，按物业报价补上");
        mvc.perform(get("/api/v1/projects/" + id + "/history").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("PLAN_EDITED"))
                .andExpect(jsonPath("$.items[0].actor").value(displayName("pm.staff")))
                .andExpect(jsonPath("$.items[0].fields").value(org.hamcrest.Matchers.contains("plan", "budget",
                        "fundingSource")))
                .andExpect(jsonPath("$.items[0].budgetFromFen").value(0))
                .andExpect(jsonPath("$.items[0].budgetToFen").value(1_280_050))
                .andExpect(jsonPath("$.items[0].reason").value("会议没有定预算，按物业报价补上"))
                .andExpect(jsonPath("$.items[1].kind").value("CREATED"))
                .andExpect(jsonPath("$.items[1].proposalId").value(proposal))
                .andExpect(jsonPath("$.items[1].actor").doesNotExist());
        mvc.perform(get("/projects/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("预算：0.00 元 → 12,800.50 元")))
                .andExpect(content().string(containsString("原因：会议没有定预算，按物业报价补上")))
                .andExpect(content().string(containsString("议题 #" + proposal + " 通过后立项")))
                .andExpect(content().string(not(containsString("id=\"plan-form\""))));
    }

    @Test
    void broken_corrections_name_each_field_and_change_nothing() throws Exception {
        String title = "楼道照明 " + tag();
        long id = handMade(title, "100");
        edit("rc.staff", id, plan(title, "1.234", " ", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("不是有效金额")))
                .andExpect(jsonPath("$.errors[1].field").value("reason"))
                .andExpect(jsonPath("$.errors[1].message").value("必须填写"));
        edit("rc.staff", id, plan(title, "-5", "写错了", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget"));
        edit("rc.staff", id, plan(title, "200", null, 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        edit("rc.staff", id, plan(title, "200", "x".repeat(501), 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        edit("rc.staff", id, plan(title, "100", "没改", 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("方案没有任何改动，无需保存"));
        mvc.perform(post("/projects/" + id + "/plan").with(as("rc.staff")).with(csrf()).param("title", title)
                        .param("budget", "1.234").param("reason", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-budget\"")))
                .andExpect(content().string(containsString("id=\"e-reason\"")))
                .andExpect(content().string(containsString("value=\"1.234\"")));
        assertThat(count("select budget_fen from renewal_project where id = ?", id)).isEqualTo(10_000);
        assertThat(count("select version from renewal_project where id = ?", id)).isZero();
        assertThat(count("select count(*) from renewal_project_event where kind = 'PLAN_EDITED' and project_id = ?",
                id)).isZero();
    }

    @Test
    void a_completed_project_keeps_its_plan() throws Exception {
        String title = "信报箱更换 " + tag();
        long id = handMade(title, "100");
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/start", null).andExpect(status().isOk());
        fixtures.send("rc.staff", "/api/v1/projects/" + id + "/complete", null).andExpect(status().isOk());
        edit("rc.staff", id, plan(title, "300", "追加", 2)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("已竣工的项目不能再修改方案（当前：已竣工）"));
        mvc.perform(post("/projects/" + id + "/plan").with(as("rc.staff")).with(csrf()).param("title", title)
                        .param("budget", "300").param("reason", "追加").param("version", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("已竣工的项目不能再修改方案")));
        assertThat(count("select budget_fen from renewal_project where id = ?", id)).isEqualTo(10_000);
    }

    @Test
    void an_edit_of_an_old_version_is_refused_and_the_form_keeps_what_was_typed() throws Exception {
        String title = "单元门禁维修 " + tag();
        long id = handMade(title, "100");
        edit("rc.staff", id, plan(title, "150", "报价更新", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        edit("pm.staff", id, plan(title, "180", "材料涨价", 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("项目刚被别人更新过，请刷新后再试"));
        mvc.perform(post("/projects/" + id + "/plan").with(as("pm.staff")).with(csrf()).param("title", title)
                        .param("budget", "180").param("reason", "材料涨价").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("项目刚被别人更新过")))
                .andExpect(content().string(containsString("value=\"180\"")))
                .andExpect(content().string(containsString(">材料涨价</textarea>")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(count("select budget_fen from renewal_project where id = ?", id)).isEqualTo(15_000);
        mvc.perform(post("/projects/" + id + "/plan").with(as("pm.staff")).with(csrf()).param("title", title)
                        .param("budget", "180").param("reason", "材料涨价").param("version", "1"))
                .andExpect(redirectedUrl("/projects/" + id + "#history"));
        assertThat(count("select budget_fen from renewal_project where id = ?", id)).isEqualTo(18_000);
    }

    @Test
    void residents_and_owners_cannot_correct_a_plan() throws Exception {
        String title = "绿化补种 " + tag();
        long id = handMade(title, "100");
        edit("resident", id, plan(title, "1", "我觉得太贵", 0)).andExpect(status().isForbidden());
        edit("oc.member", id, plan(title, "1", "我觉得太贵", 0)).andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + id + "/plan").with(as("resident")).with(csrf()).param("title", title)
                .param("budget", "1").param("reason", "太贵").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id).with(as("rc.staff")))
                .andExpect(content().string(containsString("id=\"plan-form\"")));
        assertThat(count("select budget_fen from renewal_project where id = ?", id)).isEqualTo(10_000);
    }

    @Test
    void the_history_lists_every_kind_of_change_newest_first() throws Exception {
        String title = "车棚雨棚 " + tag();
        long id = handMade(title, "100");
        String path = "/api/v1/projects/" + id;
        // spending is booked against a funding line
        fixtures.send("rc.staff", path + "/funding-lines", "{\"source\":\"OTHER\",\"amount\":\"100\"}")
                .andExpect(status().isCreated());
        fixtures.send("rc.staff", path + "/start", null).andExpect(status().isOk());
        edit("rc.staff", id, plan(title + " 二期", "100", "名称写全", 1)).andExpect(status().isOk());
        fixtures.send("pm.staff", path + "/progress", "{\"percent\":50,\"note\":\"完成一半\"}")
                .andExpect(status().isOk());
        fixtures.send("pm.staff", path + "/spending", "{\"amount\":\"20.5\",\"payee\":\"五金店\",\"purpose\":\"螺栓\"}")
                .andExpect(status().isOk());
        fixtures.send("rc.staff", path + "/complete", null).andExpect(status().isOk());

        String json = mvc.perform(get(path + "/history").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value(displayName("rc.staff")))
                .andExpect(jsonPath("$.items[1].amountFen").value(2050))
                .andExpect(jsonPath("$.items[1].actor").value(displayName("pm.staff")))
                .andExpect(jsonPath("$.items[2].percentDone").value(50))
                .andExpect(jsonPath("$.items[3].fields").value(org.hamcrest.Matchers.contains("title")))
                .andExpect(jsonPath("$.items[5].actor").value(displayName("rc.staff")))
                .andReturn().getResponse().getContentAsString();
        List<String> kinds = JsonPath.read(json, "$.items[*].kind");
        assertThat(kinds).containsExactly("COMPLETED", "SPENDING", "PROGRESS", "PLAN_EDITED", "STARTED", "FUNDING_LINE",
                "CREATED");
        mvc.perform(get(path + "/history?size=2&page=1").with(as("resident")))
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items[0].kind").value("PROGRESS"));
        mvc.perform(get("/projects/" + id).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"history-list\"")))
                .andExpect(content().string(containsString("支出入账")))
                .andExpect(content().string(containsString("改动：")))
                .andExpect(content().string(containsString("20.50 元")));
        mvc.perform(get("/projects/" + id).cookie(new jakarta.servlet.http.Cookie("gz_lang", "en"))
                        .with(as("resident")))
                .andExpect(content().string(containsString("Plan corrected")))
                .andExpect(content().string(not(containsString("project."))));
    }

    @Test
    void every_demo_project_has_a_history_from_its_setting_up() {
        assertThat(jdbc.sql("""
                select count(*) from renewal_project r where not exists (select 1 from renewal_project_event e
                where e.project_id = r.id and e.kind = 'CREATED')""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_project r where r.completed_at is not null and not exists
                (select 1 from renewal_project_event e where e.project_id = r.id and e.kind = 'COMPLETED')""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from renewal_progress p where not exists (select 1 from renewal_project_event e
                where e.project_id = p.project_id and e.kind = 'PROGRESS' and e.occurred_at = p.recorded_at)""")
                .query(Long.class).single()).isZero();
    }
}
