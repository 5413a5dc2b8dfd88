package org.gongzhi.deliberation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.identity.Accounts;
import org.gongzhi.identity.NewAccount;

/**
 * Unverified accounts may read and comment, not support (issue 8, item 1): a sign-up waiting for staff comments
 * on a proposal under its display name, may withdraw its own comment, and is refused a support.
 */
class UnverifiedAccountsCommentTest extends IntegrationTest {

    @Autowired
    private Accounts accounts;

    @Test
    void an_unverified_account_comments_under_its_name_but_may_not_support() throws Exception {
        String username = "unverified.commenter";
        if (jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class)
                .single() == 0) {
            accounts.open(new NewAccount(username, DEMO_PASSWORD, "待核实的新邻居", 1L, null, Set.of()));
        }
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"小区门口加装减速带 %s","description":"车速太快。","category":"SAFETY",
                                 "place":"COMMUNITY"}""".formatted(UUID.randomUUID().toString().substring(0, 4))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();

        String body = "赞成，晚上尤其危险 " + UUID.randomUUID().toString().substring(0, 4);
        String created = mvc.perform(post("/api/v1/proposals/" + id + "/comments").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"stance\":\"FOR\",\"body\":\"" + body + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long commentId = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/support").with(as(username)).with(csrf()))
                .andExpect(status().isForbidden());

        String page = mvc.perform(get("/proposals/" + id).with(as("resident"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("待核实的新邻居", body);
        assertThat(jdbc.sql("""
                select count(*) from proposal_comment where id = ? and author_resident_id is null
                  and author_account_id = (select id from account where username = ?)""")
                .params(commentId, username).query(Long.class).single()).isEqualTo(1);

        // another resident may not withdraw it; its author may
        mvc.perform(post("/api/v1/proposals/" + id + "/comments/" + commentId + "/hide").with(as("resident"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/proposals/" + id + "/comments/" + commentId + "/hide").with(as(username))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is2xxSuccessful());
    }
}
