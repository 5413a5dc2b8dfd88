package org.gongzhi.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** A grid party branch has the register's name (第一网格党支部) on every page, never one made up from its number. */
class OneNameForEachGridBranchTest extends IntegrationTest {

    @Test
    void the_register_names_the_branch_on_the_organisation_page() throws Exception {
        mvc.perform(get("/organisation").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一网格党支部")));
    }

    @Test
    void the_branch_secretary_home_page_uses_the_register_name() throws Exception {
        mvc.perform(get("/").with(as("branch.secretary"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一网格党支部的待办")))
                .andExpect(content().string(not(containsString("第1网格党支部"))));
    }

    @Test
    void the_measures_and_the_case_list_use_the_register_names() throws Exception {
        mvc.perform(get("/patrols/measures").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第一网格党支部")))
                .andExpect(content().string(containsString("第八网格党支部")))
                .andExpect(content().string(not(containsString("第1网格党支部"))))
                .andExpect(content().string(not(containsString("第 1 网格党支部"))));
        mvc.perform(get("/cases").param("branch", "2").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第二网格党支部")))
                .andExpect(content().string(not(containsString("第2网格党支部"))));
    }
}
