package org.gongzhi.community;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

class StairwellCardApiTest extends IntegrationTest {

    @Test
    void anyone_reads_a_stairwell_card_with_masked_phones() throws Exception {
        mvc.perform(get("/api/v1/stairwells/AY-1-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("AY-1-1"))
                .andExpect(jsonPath("$.gridNumber").value(1))
                .andExpect(jsonPath("$.branchNumber").value(1))
                .andExpect(jsonPath("$.partyGroupName").value("1号楼楼组党小组"))
                .andExpect(jsonPath("$.branchSecretary.phoneMasked").value(org.hamcrest.Matchers.matchesPattern(
                        "1\\d{2}\\*{4}\\d{4}")))
                .andExpect(jsonPath("$.branchSecretary.callable").doesNotExist());
    }

    @Test
    void an_unknown_stairwell_is_not_found() throws Exception {
        mvc.perform(get("/api/v1/stairwells/AY-999-9")).andExpect(status().isNotFound());
    }

    @Test
    void listing_stairwells_needs_staff() throws Exception {
        mvc.perform(get("/api/v1/stairwells")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/stairwells").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stairwells?size=5").with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(337))
                .andExpect(jsonPath("$.items[0].code").value("AY-1-1"));
    }
}
