package org.gongzhi.renewal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
}
