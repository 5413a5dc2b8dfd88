package org.gongzhi.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;

/**
 * The residents' committee's proposal to-do counts the proposals that wait for the committee, not those still
 * gathering support, and its link opens exactly that list: the count is the list's total.
 */
class ProposalsWaitingForStaffTest extends IntegrationTest {

    private long todo() throws Exception {
        String json = mvc.perform(get("/api/v1/me/today").with(as("rc.staff"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> counts = JsonPath.read(json, "$.staff[?(@.key == 'triage')].count");
        return counts.isEmpty() ? 0 : counts.getFirst();
    }

    private String todoUrl() throws Exception {
        List<String> urls = JsonPath.read(mvc.perform(get("/api/v1/me/today").with(as("rc.staff")))
                .andReturn().getResponse().getContentAsString(), "$.staff[?(@.key == 'triage')].url");
        return urls.getFirst();
    }

    private long listTotal(String url) throws Exception {
        String html = mvc.perform(get(url).with(as("rc.staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String count = html.replaceAll("(?s).*共 (\\d+) 个议题.*", "$1");
        return Long.parseLong(count);
    }

    private long submitted() throws Exception {
        String json = mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"待办计数 %s","description":"还在征集支持","category":"OTHER",
                                 "place":"COMMUNITY"}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void the_count_is_the_total_of_the_list_it_opens_for_rc_staff() throws Exception {
        String url = todoUrl();
        assertThat(url).isEqualTo("/proposals?awaitingCommittee=true");
        assertThat(todo()).isPositive().isEqualTo(listTotal(url));
    }

    @Test
    void a_proposal_gathering_support_does_not_wait_for_staff_one_put_on_the_agenda_does() throws Exception {
        long before = todo();
        long id = submitted();
        assertThat(todo()).isEqualTo(before);
        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUT_ON_AGENDA\"}"))
                .andExpect(status().isOk());
        assertThat(todo()).isEqualTo(before + 1).isEqualTo(listTotal(todoUrl()));
    }
}
