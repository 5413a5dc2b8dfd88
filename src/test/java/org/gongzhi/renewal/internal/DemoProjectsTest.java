package org.gongzhi.renewal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.renewal.ProjectFixtures;

/** The demo's projects load once, and an adopted proposal's project is started the way the garden's is. */
class DemoProjectsTest extends IntegrationTest {

    @Autowired
    DemoProjects demo;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void loading_the_demo_again_adds_nothing() {
        long projects = count("renewal_project");
        long progress = count("renewal_progress");
        long spending = count("renewal_spending");
        demo.load();
        assertThat(count("renewal_project")).isEqualTo(projects);
        assertThat(count("renewal_progress")).isEqualTo(progress);
        assertThat(count("renewal_spending")).isEqualTo(spending);
    }

    @Test
    void an_adopted_proposal_has_its_project_started_and_about_forty_percent_done_once() throws Exception {
        ProjectFixtures fixtures = new ProjectFixtures(mvc, this::as, jdbc);
        long proposal = fixtures.onAgenda("中心花园改造（演示）");
        fixtures.toDecision(proposal);
        fixtures.transition(proposal, "ADOPT").andExpect(status().isOk());
        long community = jdbc.sql("select id from community where code = 'AOYUAN'").query(Long.class).single();

        demo.startAdopted(community, proposal);
        demo.startAdopted(community, proposal);

        long project = jdbc.sql("select id from renewal_project where proposal_id = ?").param(proposal)
                .query(Long.class).single();
        mvc.perform(get("/api/v1/projects/" + project).with(as("resident")))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.percentDone").value(40))
                .andExpect(jsonPath("$.progress.length()").value(2))
                .andExpect(jsonPath("$.spentFen").value(7_400_000));
        mvc.perform(get("/api/v1/proposals/" + proposal).with(as("resident")))
                .andExpect(jsonPath("$.state").value("IN_PROGRESS"));
    }

    @Test
    void the_articles_figures_are_targets_and_the_gardens_roll_up_from_four_completed_sub_projects() throws Exception {
        long lights = id("公共照明灯修复");
        mvc.perform(get("/api/v1/projects/" + lights)).andExpect(jsonPath("$.targets[0].done").value(300))
                .andExpect(jsonPath("$.targets[0].planned").value(300)).andExpect(jsonPath("$.percentDone").value(100));
        mvc.perform(get("/api/v1/projects/" + id("南区地下自来水管道改造")))
                .andExpect(jsonPath("$.targets[0].unit").value("米")).andExpect(jsonPath("$.targets[0].done").value(1260))
                .andExpect(jsonPath("$.targets[0].planned").value(1800)).andExpect(jsonPath("$.percentDone").value(70));
        mvc.perform(get("/api/v1/projects/" + id("增建电动自行车停车棚，杜绝楼道充电")))
                .andExpect(jsonPath("$.targets[0].done").value(5)).andExpect(jsonPath("$.targets[0].planned").value(5));
        mvc.perform(get("/api/v1/projects/" + id("景观花园改造 4 处"))).andExpect(jsonPath("$.children.length()").value(4))
                .andExpect(jsonPath("$.children[*].state", everyItem(is("COMPLETED"))))
                .andExpect(jsonPath("$.percentDone").value(100));
        mvc.perform(get("/api/v1/projects/totals")).andExpect(jsonPath("$.targets[?(@.unit == '盏')].done",
                hasItem(300)));
    }

    private long id(String title) {
        return jdbc.sql("select id from renewal_project where title = ?").param(title).query(Long.class).single();
    }
}
