package org.gongzhi.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** Only administrators see the events not yet delivered and have them delivered again. */
class UndeliveredEventsPageTest extends IntegrationTest {

    @Test
    void administrators_see_what_is_outstanding_and_deliver_it_again() throws Exception {
        mvc.perform(get("/admin/events").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("未送达的事件")));
        mvc.perform(get("/api/v1/admin/events").with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
        mvc.perform(post("/api/v1/admin/events/redeliver").with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outstanding").isNumber());
        mvc.perform(post("/admin/events/redeliver").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void nobody_else_does() throws Exception {
        for (String user : new String[] {"rc.staff", "resident", "branch.secretary"}) {
            mvc.perform(get("/admin/events").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/admin/events").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/admin/events/redeliver").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }
}
