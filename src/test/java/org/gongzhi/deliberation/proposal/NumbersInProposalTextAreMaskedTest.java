package org.gongzhi.deliberation.proposal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;

/** A number written into a proposal or a comment, in any form, is shown whole to its writer and masked to others. */
class NumbersInProposalTextAreMaskedTest extends IntegrationTest {

    @Test
    void a_proposal_and_a_comment_show_their_numbers_masked_to_everyone_but_their_writer() throws Exception {
        String title = "北门加装路灯 " + UUID.randomUUID().toString().substring(0, 4);
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"晚上太黑，愿意牵头的请打 +86 １３７-００００-１２３４",
                                 "category":"PARKING","place":"LANDMARK:NORTH_GATE"}""".formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/comments").with(as("oc.member")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stance\":\"FOR\",\"body\":\"赞成，我电话 139 2468 1357\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/proposals/" + id).with(as("oc.member")))
                .andExpect(jsonPath("$.description").value("晚上太黑，愿意牵头的请打 137****1234"));
        mvc.perform(get("/api/v1/proposals/" + id).with(as("resident")))
                .andExpect(jsonPath("$.description").value(Matchers.containsString("１３７-００００-１２３４")));
        mvc.perform(get("/api/v1/proposals/" + id + "/comments").with(as("resident")))
                .andExpect(content().string(Matchers.containsString("赞成，我电话 139****1357")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("2468"))));
        mvc.perform(get("/api/v1/proposals/" + id + "/comments").with(as("oc.member")))
                .andExpect(content().string(Matchers.containsString("139 2468 1357")));
        mvc.perform(get("/proposals/" + id).with(as("branch.secretary")))
                .andExpect(content().string(Matchers.containsString("137****1234")))
                .andExpect(content().string(Matchers.containsString("139****1357")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("００００"))));
    }
}
