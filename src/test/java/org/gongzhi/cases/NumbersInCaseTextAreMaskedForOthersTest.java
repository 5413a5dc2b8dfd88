package org.gongzhi.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;

/**
 * A phone number typed into a case, in any form, is shown whole to the one who wrote it and to the residents'
 * committee, and masked to everyone else who may see the case: in the description, the list and step notes.
 */
class NumbersInCaseTextAreMaskedForOthersTest extends IntegrationTest {

    private static final String TYPED = "楼道灯坏了，找我 +86 １３９-１１１１-２２２２";

    @Test
    void the_handler_sees_the_reporters_number_masked_and_the_reporter_and_committee_see_it_whole()
            throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"BROKEN_LIGHT\",\"description\":\"" + TYPED + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        step("rc.staff", id, "{\"action\":\"ACCEPT\"}");
        step("rc.staff", id, "{\"action\":\"DISPATCH\",\"party\":\"PROPERTY_COMPANY\",\"note\":\"业主电话 13911112222\"}");

        mvc.perform(get("/api/v1/cases/" + id).with(as("pm.staff")))
                .andExpect(jsonPath("$.description").value("楼道灯坏了，找我 139****2222"))
                .andExpect(jsonPath("$.timeline[*].note", Matchers.hasItem("业主电话 139****2222")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("1111"))));
        mvc.perform(get("/cases/" + id).with(as("pm.staff")))
                .andExpect(content().string(Matchers.containsString("139****2222")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("１１１１"))));
        mvc.perform(get("/api/v1/cases").param("size", "100").with(as("pm.staff")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("１１１１"))));
        mvc.perform(get("/api/v1/cases/" + id).with(as("resident")))
                .andExpect(jsonPath("$.description").value(TYPED));
        mvc.perform(get("/api/v1/cases/" + id).with(as("rc.staff")))
                .andExpect(jsonPath("$.description").value(TYPED))
                .andExpect(jsonPath("$.timeline[*].note", Matchers.hasItem("业主电话 13911112222")));
    }

    private void step(String username, long id, String body) throws Exception {
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }
}
