package org.gongzhi.renewal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/**
 * The public board: projects, their progress, money and crowdfunding ledger are readable without signing in, with no
 * personal data; everything that changes something still needs a sign-in.
 */
class AnonymousReadsPublicBoardTest extends IntegrationTest {

    private long project(String title) {
        return jdbc.sql("select id from renewal_project where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void a_visitor_reads_the_board_with_its_totals_and_filters_it_by_kind_and_place() throws Exception {
        mvc.perform(get("/projects")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公共照明灯修复")))
                .andExpect(content().string(containsString("id=\"board-totals\"")))
                .andExpect(content().string(not(containsString("id=\"new-project\""))));
        mvc.perform(get("/projects").param("kind", "LIGHTING")).andExpect(status().isOk())
                .andExpect(content().string(containsString("公共照明灯修复")))
                .andExpect(content().string(not(containsString("南区地下自来水管道改造"))));
        mvc.perform(get("/api/v1/projects").param("kind", "PIPELINE").param("place", "南区"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].title", hasItem("南区地下自来水管道改造")))
                .andExpect(jsonPath("$.items[*].kind", everyItem(org.hamcrest.Matchers.is("PIPELINE"))));
        mvc.perform(get("/api/v1/projects").param("state", "COMPLETED").param("size", "2"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items[*].state", everyItem(org.hamcrest.Matchers.is("COMPLETED"))));
        mvc.perform(get("/api/v1/projects/totals")).andExpect(status().isOk())
                .andExpect(jsonPath("$.completed", greaterThan(0)));
    }

    @Test
    void a_visitor_reads_a_project_and_its_ledger_without_any_names_of_people() throws Exception {
        long court = project("众筹改造篮球场");
        mvc.perform(get("/projects/" + court)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"campaign\"")))
                .andExpect(content().string(not(containsString("id=\"history\""))))
                .andExpect(content().string(not(containsString("id=\"spending-form\""))));
        mvc.perform(get("/api/v1/projects/" + court)).andExpect(status().isOk())
                .andExpect(jsonPath("$.progress[*].recordedBy", everyItem(nullValue())))
                .andExpect(jsonPath("$.spending.items[*].recordedBy", everyItem(nullValue())));
        mvc.perform(get("/api/v1/projects/" + court + "/ledger").param("size", "50")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].pledger", everyItem(org.hamcrest.Matchers.anyOf(nullValue(),
                        org.hamcrest.Matchers.matchesPattern("^.\\*+$")))));
        mvc.perform(get("/projects/" + court + "/campaign")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"pledge-form\""))));
    }

    @Test
    void a_visitor_is_sent_to_sign_in_for_anything_that_changes_a_project() throws Exception {
        mvc.perform(get("/projects/new")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/projects/999999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects").param("community", "NOWHERE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/1/history")).andExpect(status().isUnauthorized());
    }
}
