package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesRegex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzhi.IntegrationTest;

/**
 * The planning form's "四方到齐才可议决" box: a browser sends nothing for an unticked box, only the form's marker, and
 * the meeting is saved as not requiring all four parties; ticked, it requires them.
 */
class MeetingFormRequireAllFourPartiesTest extends IntegrationTest {

    @Test
    void unticking_all_four_parties_saves_a_meeting_that_does_not_require_them() throws Exception {
        String place = "不必四方 " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(form(place).param("_requireAllFourParties", "on")).andExpect(status().is3xxRedirection());

        assertThat(requiresAllFour(place)).isFalse();
    }

    @Test
    void a_form_sent_without_the_box_saves_a_meeting_that_does_not_require_all_four_parties() throws Exception {
        String place = "未勾选 " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(form(place)).andExpect(status().is3xxRedirection());

        assertThat(requiresAllFour(place)).isFalse();
    }

    @Test
    void the_new_form_starts_ticked() throws Exception {
        mvc.perform(get("/meetings/new").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*id=\"f-requireAll\"[^>]*checked.*")));
    }

    @Test
    void ticking_all_four_parties_saves_a_meeting_that_requires_them() throws Exception {
        String place = "四方到齐 " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(form(place).param("requireAllFourParties", "true").param("_requireAllFourParties", "on"))
                .andExpect(status().is3xxRedirection());

        assertThat(requiresAllFour(place)).isTrue();
    }

    private MockHttpServletRequestBuilder form(String place) {
        return post("/meetings/new").with(as("rc.staff")).with(csrf()).param("form", "meeting")
                .param("heldAt", "2026-12-20T19:00").param("place", place).param("rcNames", "李老师")
                .param("ocNames", "王主任").param("pmNames", "赵经理").param("repNames", "张阿姨");
    }

    private boolean requiresAllFour(String place) {
        return jdbc.sql("select require_all_four from meeting where place = ?").param(place).query(Boolean.class)
                .single();
    }
}
