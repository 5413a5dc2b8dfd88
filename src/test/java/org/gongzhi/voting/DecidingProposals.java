package org.gongzhi.voting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Proposals taken through the platform's own API as far as the residents' decision: raised by the demo resident,
 * put on the agenda, deliberated, on notice for a period that has since ended, and put to the decision.
 */
final class DecidingProposals {

    private final MockMvc mvc;
    private final Function<String, RequestPostProcessor> as;
    private final JdbcClient jdbc;

    DecidingProposals(MockMvc mvc, Function<String, RequestPostProcessor> as, JdbcClient jdbc) {
        this.mvc = mvc;
        this.as = as;
        this.jdbc = jdbc;
    }

    /** A proposal waiting for the residents' decision (DECIDING), titled with the words given and a unique tail. */
    long deciding(String words) throws Exception {
        long id = onAgenda(words);
        step(id, "{\"action\":\"DELIBERATE\"}");
        step(id, "{\"action\":\"PUT_ON_NOTICE\",\"noticeDays\":7}");
        OffsetDateTime ended = OffsetDateTime.now().minusDays(1);
        jdbc.sql("update proposal_notice set starts_at = ?, ends_at = ? where proposal_id = ?")
                .params(ended.minusDays(7), ended, id).update();
        step(id, "{\"action\":\"OPEN_DECISION\"}");
        return id;
    }

    long onAgenda(String words) throws Exception {
        String title = words + " " + UUID.randomUUID().toString().substring(0, 4);
        String json = mvc.perform(post("/api/v1/proposals").with(as.apply("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"花坛边的步道坑洼，雨天积水。","category":"FACILITIES",
                                 "place":"COMMUNITY"}""".formatted(title)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(json, "$.id")).longValue();
        mvc.perform(post("/api/v1/proposals/" + id + "/triage").with(as.apply("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"PUT_ON_AGENDA\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ON_AGENDA"));
        return id;
    }

    private void step(long id, String body) throws Exception {
        mvc.perform(post("/api/v1/proposals/" + id + "/transitions").with(as.apply("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
