package org.gongzhi.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/**
 * Found by the authorisation matrix: two account forms checked their fields before the permission, so a resident
 * got the form's problems instead of a refusal. Now whoever may not administer accounts is refused before the form
 * is read; staff with an empty form still get its problems.
 */
class AdminFormsRefuseBeforeReadingTest extends IntegrationTest {

    private long account() {
        return jdbc.sql("select id from account where username = 'pet.volunteer'").query(Long.class).single();
    }

    @Test
    void aResidentIsRefusedAnEmptyRepresentativeForm() throws Exception {
        mvc.perform(post("/admin/accounts/" + account() + "/representative").with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/" + account() + "/representative").with(as("pm.staff")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aResidentIsRefusedAnEmptyHouseholdCodeForm() throws Exception {
        mvc.perform(post("/admin/household-codes").with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/household-codes").with(as("oc.member")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffStillGetTheFormsProblems() throws Exception {
        mvc.perform(post("/admin/household-codes").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/admin/accounts/" + account() + "/representative").with(as("rc.staff")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("problems"));
    }
}
