package org.gongzhi.renewal;

import static org.gongzhi.Pictures.samePictureAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.meeting.Meetings;

/**
 * Micro-renewal projects through the API and pages: opened by adopting a proposal, moving the proposal when they
 * start and complete, progress that never goes back, spending against the budget, who may do what.
 */
class ProjectApiTest extends IntegrationTest {

    @Autowired
    ProjectHandling projects;

    @Autowired
    Meetings meetings;

    private ProjectFixtures fixtures;
    private long community;

    @BeforeEach
    void fixtures() {
        fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();
    }

    private long projectOf(long proposal) throws Exception {
        String url = mvc.perform(get("/projects/for-proposal/" + proposal).with(as("resident")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long handMade(String budget) throws Exception {
        return ProjectFixtures.id(fixtures.send("rc.staff", "/api/v1/projects", """
                {"title":"楼道扶手加装 %s","place":"7号楼","budget":"%s","fundingSource":"社区公益金"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), budget))
                .andExpect(status().isCreated()));
    }

    @Test
    void adopting_a_proposal_opens_its_project_from_the_consensus_plan_and_the_project_carries_the_proposal_to_done()
            throws Exception {
        long proposal = fixtures.onAgenda("篮球场加装照明");
        ProjectFixtures.planAtMeeting(meetings, community, proposal, "加装 4 盏球场灯，晚上 9 点自动关灯", "12345.67",
                "专项维修资金", "物业施工；业委会监督");
        fixtures.toDecision(proposal);
        fixtures.transition(proposal, "ADOPT").andExpect(status().isOk());

        long project = projectOf(proposal);
        String path = "/api/v1/projects/" + project;
        mvc.perform(get(path).with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(startsWith("篮球场加装照明")))
                .andExpect(jsonPath("$.place").value("篮球场"))
                .andExpect(jsonPath("$.plan").value("加装 4 盏球场灯，晚上 9 点自动关灯"))
                .andExpect(jsonPath("$.budgetFen").value(1_234_567))
                .andExpect(jsonPath("$.fundingSource").value("专项维修资金"))
                .andExpect(jsonPath("$.responsibilities").value("物业施工；业委会监督"))
                .andExpect(jsonPath("$.proposalId").value(proposal))
                .andExpect(jsonPath("$.state").value("PLANNED"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PROJECT_PLANNED' and subject_id = ?")
                .param(project).query(Long.class).single()).isEqualTo(1);

        fixtures.transition(proposal, "START_WORK").andExpect(status().isConflict());
        fixtures.send("rc.staff", path + "/start", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.timeline[7].reason").value("微更新项目 #" + project + " 开工"));

        fixtures.send("pm.staff", path + "/progress", "{\"percent\":40,\"note\":\"灯杆基础完成\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.percentDone").value(40));
        fixtures.send("pm.staff", path + "/progress", "{\"percent\":\"30\",\"note\":\"写错了\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("percent"))
                .andExpect(jsonPath("$.errors[0].message").value("进度不能倒退：当前已完成 40%"));

        fixtures.send("rc.staff", path + "/complete", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.percentDone").value(100))
                .andExpect(jsonPath("$.progress.length()").value(1));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("DONE"));
        mvc.perform(get("/proposals/" + proposal).with(as("resident")))
                .andExpect(content().string(containsString("href=\"/projects/for-proposal/" + proposal + "\"")));
        fixtures.send("rc.staff", path + "/start", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("“已竣工”的项目不能开工"))
                .andExpect(jsonPath("$.title").value("Step not allowed"))
                .andExpect(jsonPath("$.code").value("project.refused.state"));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'project' and subject_id = ?")
                .param(project).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void a_proposal_adopted_without_a_meeting_plan_gets_one_project_with_no_budget() throws Exception {
        long proposal = fixtures.onAgenda("篮球场换篮网");
        fixtures.toDecision(proposal);
        fixtures.transition(proposal, "ADOPT").andExpect(status().isOk());

        long project = projectOf(proposal);
        mvc.perform(get("/api/v1/projects/" + project).with(as("resident")))
                .andExpect(jsonPath("$.budgetFen").value(0))
                .andExpect(jsonPath("$.plan").doesNotExist());
        assertThat(projects.openFor(community, proposal)).isEqualTo(project);
        assertThat(jdbc.sql("select count(*) from renewal_project where proposal_id = ?").param(proposal)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/projects/" + project).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未定预算")));
    }

    @Test
    void spending_is_totalled_against_the_budget_and_passing_it_shows_in_red() throws Exception {
        long project = handMade("1000.00");
        String path = "/api/v1/projects/" + project;
        fixtures.send("rc.staff", path + "/funding-lines", "{\"source\":\"OTHER\",\"amount\":\"2000\"}")
                .andExpect(status().isCreated());
        fixtures.send("rc.staff", path + "/spending",
                "{\"amount\":\"600\",\"payee\":\"五金店\",\"purpose\":\"扶手材料\",\"date\":\"2026-11-02\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.spentFen").value(60_000));
        mvc.perform(get("/projects/" + project).with(as("resident")))
                .andExpect(content().string(not(containsString("超出预算"))));
        fixtures.send("pm.staff", path + "/spending", "{\"amount\":\"400.01\",\"payee\":\"施工队\",\"purpose\":\"安装\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spentFen").value(100_001))
                .andExpect(jsonPath("$.spending.items.length()").value(2))
                .andExpect(jsonPath("$.spending.items[0].paidOn").value("2026-11-02"))
                .andExpect(jsonPath("$.spending.items[1].amountFen").value(40_001));
        mvc.perform(get("/projects/" + project).with(as("resident")))
                .andExpect(content().string(containsString("超出预算")))
                .andExpect(content().string(containsString("id=\"spending-total\"")))
                .andExpect(content().string(containsString("1,000.01")));
        fixtures.send("rc.staff", path + "/spending", "{\"amount\":\"0\",\"payee\":\"\",\"purpose\":\"安装\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[1].field").value("payee"));
    }

    @Test
    void progress_comes_with_a_photo_that_the_residents_see() throws Exception {
        long project = handMade("500");
        fixtures.send("rc.staff", "/api/v1/projects/" + project + "/start", null).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/projects/" + project + "/progress")
                        .file(new MockMultipartFile("photo", "site.png", "image/png", ProjectFixtures.PNG))
                        .param("percent", "25").param("note", "扶手到货").with(as("pm.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress[0].photo").value(true));
        long progress = jdbc.sql("select id from renewal_progress where project_id = ?").param(project)
                .query(Long.class).single();
        mvc.perform(get("/projects/" + project + "/progress/" + progress + "/photo").with(as("resident")))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(samePictureAs(ProjectFixtures.PNG, true));
        mvc.perform(multipart("/api/v1/projects/" + project + "/progress")
                        .file(new MockMultipartFile("photo", "site.txt", "image/png", "not a photo".getBytes()))
                        .param("percent", "30").param("note", "x").with(as("pm.staff")).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photo"));
    }

    @Test
    void residents_see_projects_but_only_committee_and_property_staff_manage_them() throws Exception {
        long project = handMade("100");
        mvc.perform(get("/api/v1/projects").with(as("resident"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
        mvc.perform(get("/projects").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-project\""))));
        mvc.perform(get("/projects/" + project).with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"project-manage\""))))
                .andExpect(content().string(not(containsString("id=\"spending-form\""))));
        mvc.perform(get("/projects/new").with(as("resident"))).andExpect(status().isForbidden());
        fixtures.send("resident", "/api/v1/projects", "{\"title\":\"我来建\"}").andExpect(status().isForbidden());
        fixtures.send("oc.member", "/api/v1/projects/" + project + "/start", null).andExpect(status().isForbidden());
        fixtures.send("resident", "/api/v1/projects/" + project + "/spending",
                "{\"amount\":\"1\",\"payee\":\"我\",\"purpose\":\"买糖\"}").andExpect(status().isForbidden());
        fixtures.send("resident", "/projects/" + project + "/progress", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/projects/987654321").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/for-proposal/987654321").with(as("resident"))).andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project).cookie(new jakarta.servlet.http.Cookie("gz_lang", "en"))
                        .with(as("resident")))
                .andExpect(content().string(containsString("Budget")))
                .andExpect(content().string(containsString("0% done")))
                .andExpect(content().string(not(containsString("project."))));
        mvc.perform(get("/projects").with(as("pm.staff")))
                .andExpect(content().string(containsString("id=\"new-project\"")));
        assertThat(jdbc.sql("select count(*) from renewal_spending where project_id = ?").param(project)
                .query(Long.class).single()).isZero();
    }

    @Test
    void broken_input_is_a_400_naming_each_field() throws Exception {
        fixtures.send("rc.staff", "/api/v1/projects", "{\"title\":\" \",\"budget\":\"十万\",\"voteId\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("必须填写"))
                .andExpect(jsonPath("$.errors[1].field").value("budget"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("不是有效金额")))
                .andExpect(jsonPath("$.errors[2].field").value("voteId"));
        fixtures.send("rc.staff", "/api/v1/projects", "{\"title\":\"管道\",\"voteId\":\"987654321\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("voteId"))
                .andExpect(jsonPath("$.errors[0].message").value("没有编号为“987654321”的表决"));
        long project = handMade("100");
        fixtures.send("rc.staff", "/api/v1/projects/" + project + "/progress", "{\"percent\":10,\"note\":\"早了\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("只有施工中的项目可以更新进度（当前：待开工）"));
        mvc.perform(multipart("/projects").param("title", "").param("budget", "1.234").with(as("rc.staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-title\"")))
                .andExpect(content().string(containsString("id=\"e-budget\"")));
    }

    @Test
    void the_demo_shows_the_article_projects() {
        assertThat(jdbc.sql("""
                select state || ' ' || percent_done || ' ' || funding_source from renewal_project
                where community_id = ? and title = '南区地下自来水管道改造'""").param(community).query(String.class)
                .single()).isEqualTo("IN_PROGRESS 70 专项维修资金");
        assertThat(jdbc.sql("""
                select r.state from renewal_project r join proposal p on p.id = r.proposal_id
                where p.title in ('禁止投喂天鹅，设置告示牌和投喂点', '增建电动自行车停车棚，杜绝楼道充电', '众筹改造篮球场')
                order by p.title""").query(String.class).list())
                .containsExactly("COMPLETED", "COMPLETED", "COMPLETED");
        assertThat(jdbc.sql("""
                select count(*) from renewal_project r where r.community_id = ? and r.spent_fen <>
                (select coalesce(sum(s.amount_fen), 0) from renewal_spending s where s.project_id = r.id and not s.held)""")
                .param(community).query(Long.class).single()).as("every total is the sum of its ledger").isZero();
    }
}
