package org.gongzhi.deliberation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** The proposal and meeting forms check their fields as Bean Validation says, each field with its own message. */
class FormFieldsAreCheckedTest extends IntegrationTest {

    @Test
    void an_empty_meeting_form_names_its_time_and_its_place() throws Exception {
        mvc.perform(post("/meetings/new").with(as("rc.staff")).with(csrf()).param("heldAt", "").param("place", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择议事会的时间"), containsString("必须填写"))));
    }

    @Test
    void a_proposal_without_a_category_and_with_a_long_title_names_both() throws Exception {
        mvc.perform(post("/proposals/new").with(as("resident")).with(csrf()).param("title", "长".repeat(61))
                        .param("description", "说明").param("category", "").param("placeKind", "COMMUNITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择议题类别"), containsString("不能超过 60 个字"))));
    }

    @Test
    void in_english_the_meeting_form_says_when_the_time_is_missing() throws Exception {
        mvc.perform(post("/meetings/new").with(as("rc.staff")).with(csrf()).param("heldAt", "").param("place", "礼堂")
                        .cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose when the meeting is held")));
    }
}
