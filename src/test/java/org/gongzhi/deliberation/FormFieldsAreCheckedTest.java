package org.gongzhi.deliberation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.gongzhi.IntegrationTest;
import org.gongzhi.deliberation.proposal.CommentInput;
import org.gongzhi.deliberation.proposal.ProposalContent;

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

    /** Found by FormBindersFuzzTest: a draft id that was no number lost the whole form, and its page answered 500. */
    @Test
    void a_draft_id_that_is_no_number_keeps_the_form_and_names_no_draft() throws Exception {
        mvc.perform(post("/proposals/new").with(as("resident")).with(csrf()).param("title", "路灯")
                        .param("description", "说明").param("category", "").param("placeKind", "COMMUNITY")
                        .param("draftId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择议题类别")));
        mvc.perform(post("/proposals/new").with(as("resident")).with(csrf()).param("title", "北门路灯不亮")
                        .param("description", "晚上很黑").param("category", "PARKING").param("placeKind", "COMMUNITY")
                        .param("draftId", "1e9").param("step", "draft"))
                .andExpect(status().isNotFound());
    }

    /**
     * Found by FormBindersFuzzTest: a choice or number sent as text no page sends left no form to show again, and the
     * page answered 500; it is a malformed request (400), with the page that says so.
     */
    @Test
    void a_form_whose_choice_or_number_cannot_be_read_is_a_malformed_request_not_a_server_error() throws Exception {
        mvc.perform(post("/projects").with(as("rc.staff")).with(csrf()).param("title", "测试项目")
                        .param("kind", "NOT_A_KIND").param("parentId", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/events/new").with(as("rc.staff")).with(csrf()).param("title", "测试活动")
                        .param("startsAt", "明天下午").param("capacity", "三十"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isIn(200, 400));
    }

    @Test
    void in_english_the_meeting_form_says_when_the_time_is_missing() throws Exception {
        mvc.perform(post("/meetings/new").with(as("rc.staff")).with(csrf()).param("heldAt", "").param("place", "礼堂")
                        .cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose when the meeting is held")));
    }

    @Test
    void a_comment_without_a_stance_and_too_long_is_sent_back_naming_both() throws Exception {
        long proposal = submitted();
        var sent = mvc.perform(post("/proposals/" + proposal + "/comments").with(as("resident")).with(csrf())
                        .param("form", "comment").param("body", "长".repeat(CommentInput.MAX_BODY + 1)))
                .andExpect(status().is3xxRedirection()).andReturn();
        mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(as("resident")).flashAttrs(sent.getFlashMap()))
                .andExpect(content().string(allOf(containsString("请选择赞成、反对或中立"),
                        containsString("不能超过 1,000 个字"))));
    }

    @Test
    void a_comment_through_the_api_without_a_stance_is_a_400_naming_it() throws Exception {
        mvc.perform(post("/api/v1/proposals/" + submitted() + "/comments").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"先问问楼里的老人\"}")
                        .cookie(new Cookie("gz_lang", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stance"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose for, against or neutral"));
    }

    @Test
    void a_proposal_through_the_api_with_a_long_title_is_a_400_worded_by_its_constraint() throws Exception {
        mvc.perform(post("/api/v1/proposals").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"%s","description":"说明","category":"OTHER","place":"COMMUNITY"}"""
                                .formatted("长".repeat(ProposalContent.MAX_TITLE + 1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 60 个字"));
    }

    private long submitted() {
        return jdbc.sql("select min(id) from proposal where state = 'SUBMITTED'").query(Long.class).single();
    }
}
