package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.domain.InvalidInput.Problem;

/** The report, step and rating forms check their fields as their annotations say, on the page and in the API. */
class CaseFormFieldsAreCheckedTest extends IntegrationTest {

    private static final String TOO_LONG = "长".repeat(WorkOrder.MAX_TEXT + 1);

    @Test
    void a_report_without_a_kind_of_problem_names_it_on_the_page_and_in_the_api() throws Exception {
        mvc.perform(post("/report").with(as("resident")).with(csrf()).param("category", "")
                        .param("placeKind", "STAIRWELL").param("stairwellCode", "AY-1-1").param("description", "灯坏了"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择问题类别")));
        mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"description\":\"灯坏了\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"))
                .andExpect(jsonPath("$.errors[0].message").value("请选择问题类别"));
    }

    @Test
    void a_step_with_a_reason_too_long_names_the_reason_on_the_page_and_in_the_api() throws Exception {
        long id = reported();
        assertThat(flashedFields(mvc.perform(post("/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                .param("action", "ACCEPT").param("reason", TOO_LONG)).andReturn())).containsExactly("reason");
        mvc.perform(post("/api/v1/cases/" + id + "/transitions").with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"ACCEPT\",\"reason\":\"" + TOO_LONG + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 1,000 个字"));
    }

    @Test
    void a_rating_without_a_score_is_named_before_the_case_is_asked_whether_it_may_be_rated() throws Exception {
        long id = reported();
        assertThat(flashedFields(mvc.perform(post("/cases/" + id + "/rating").with(as("resident")).with(csrf())
                .param("comment", "还行")).andReturn())).containsExactly("score");
        mvc.perform(post("/api/v1/cases/" + id + "/rating").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"score\":6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"))
                .andExpect(jsonPath("$.errors[0].message").value("满意度请选 1 到 5 分"));
    }

    private long reported() throws Exception {
        String json = mvc.perform(post("/api/v1/cases").with(as("resident")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"category":"LITTER","description":"测试 %s"}""".formatted(UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> flashedFields(MvcResult result) {
        assertThat(result.getFlashMap().get("refusal")).isNull();
        return ((List<Problem>) result.getFlashMap().get("problems")).stream().map(Problem::field).toList();
    }
}
