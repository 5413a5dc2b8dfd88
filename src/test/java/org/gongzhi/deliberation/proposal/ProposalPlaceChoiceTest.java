package org.gongzhi.deliberation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * The proposal form takes the place of the kind the person chose and nothing else: a field of another kind is never
 * saved, a chosen kind without its field is a field error, and the form keeps what was typed. Only the author edits
 * their draft; anyone else is answered at once.
 */
class ProposalPlaceChoiceTest extends IntegrationTest {

    private final String title = "南门外电动车乱停 " + UUID.randomUUID().toString().substring(0, 6);

    private MockHttpServletRequestBuilder form(String... placeFields) {
        MockHttpServletRequestBuilder request = post("/proposals/new").param("title", title)
                .param("description", "挡住了盲道").param("category", "PARKING").param("step", "draft");
        for (int i = 0; i < placeFields.length; i += 2) {
            request.param(placeFields[i], placeFields[i + 1]);
        }
        return request.with(as("resident")).with(csrf());
    }

    private long saved() {
        return jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Long.class).single();
    }

    private ResultActions refusedWithInputKept(MockHttpServletRequestBuilder request, String field) throws Exception {
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-" + field + "\"")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content().string(containsString("挡住了盲道</textarea>")));
    }

    @Test
    void a_landmark_picked_while_the_kind_says_stairwell_is_never_saved_as_the_stairwell() throws Exception {
        refusedWithInputKept(form("placeKind", "STAIRWELL", "stairwellCode", "", "landmark", "SWAN_LAKE"),
                "stairwellCode");
        assertThat(saved()).isZero();
    }

    @Test
    void no_kind_chosen_is_a_field_error_whatever_else_was_filled_in() throws Exception {
        refusedWithInputKept(form("stairwellCode", "AY-1-1", "landmark", "SWAN_LAKE"), "placeKind");
        assertThat(saved()).isZero();
    }

    @Test
    void a_chosen_kind_with_its_field_empty_names_that_field_and_keeps_the_choice() throws Exception {
        refusedWithInputKept(form("placeKind", "LANDMARK", "landmark", ""), "landmark")
                .andExpect(content().string(containsString("value=\"LANDMARK\" required checked=\"checked\"")));
        refusedWithInputKept(form("placeKind", "BUILDING", "buildingNumber", "999"), "buildingNumber");
        assertThat(saved()).isZero();
    }

    @Test
    void only_the_chosen_kinds_field_is_taken() throws Exception {
        mvc.perform(form("placeKind", "LANDMARK", "landmark", "SWAN_LAKE", "stairwellCode", "AY-1-1",
                        "buildingNumber", "12"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select place_kind || ':' || place_code from proposal where title = ?").param(title)
                .query(String.class).single()).isEqualTo("LANDMARK:SWAN_LAKE");
    }

    @Test
    void the_edit_page_answers_at_once_for_anyone_but_the_author_of_a_draft() throws Exception {
        long submitted = jdbc.sql("select min(id) from proposal where state = 'SUBMITTED'").query(Long.class).single();
        mvc.perform(get("/proposals/" + submitted + "/edit").with(as("resident")))
                .andExpect(redirectedUrl("/proposals/" + submitted)).andExpect(flash().attributeExists("refusal"));

        mvc.perform(form("placeKind", "COMMUNITY")).andExpect(status().is3xxRedirection());
        long draft = jdbc.sql("select id from proposal where title = ?").param(title).query(Long.class).single();
        mvc.perform(get("/proposals/" + draft + "/edit").with(as("resident"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        mvc.perform(get("/proposals/" + draft + "/edit").with(as("oc.member"))).andExpect(status().isNotFound());
    }
}
