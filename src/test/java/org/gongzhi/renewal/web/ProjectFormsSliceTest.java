package org.gongzhi.renewal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import org.gongzhi.WebSlice;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.renewal.Crowdfunding;
import org.gongzhi.renewal.ProjectFunding;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.ProjectPermissions;
import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.FormProblems;

/**
 * The project forms and the project API check each field with its annotation before the use case sees the input:
 * a page shows the problem beside the field, the API answers 400 naming it, and those who may not manage projects
 * still get 403 whatever they sent.
 */
@WebSlice({ProjectController.class, ProjectApiController.class})
@Import({ProjectPermissions.class, FormProblems.class, ProjectFormsSliceTest.RenewalWeb.class})
class ProjectFormsSliceTest {

    private static final String TOO_LONG_TITLE = "管".repeat(101);

    /** The module's web helpers besides the controllers, whatever they are called. */
    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = ProjectController.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*(RefusalMessages|InputChecks)"))
    static class RenewalWeb {
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectHandling projects;

    @MockitoBean
    WorkOrders workOrders;

    @MockitoBean
    Crowdfunding crowdfunding;

    @MockitoBean
    PublicBoard board;

    @MockitoBean
    org.gongzhi.renewal.ProjectAcceptance acceptance;

    @MockitoBean
    org.gongzhi.shared.web.ListExport listExport;

    @MockitoBean
    ProjectFunding funding;

    @Test
    void the_new_project_page_names_the_missing_and_the_too_long_title() throws Exception {
        assertThat(pageProblems(mvc.perform(post("/projects").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .param("title", " ").param("plan", "x".repeat(2001)))
                .andExpect(status().isOk()).andExpect(view().name("renewal/new")).andReturn()))
                .containsEntry("title", "NotBlank").containsEntry("plan", "Size");
        assertThat(pageProblems(mvc.perform(post("/projects").with(csrf()).with(WebSlice.Acting.as(Role.PM_STAFF))
                .param("title", TOO_LONG_TITLE).param("place", "x".repeat(201))
                .param("fundingSource", "x".repeat(201)).param("responsibilities", "x".repeat(2001)))
                .andReturn())).containsOnlyKeys("title", "place", "fundingSource", "responsibilities")
                .containsEntry("title", "Size");
        verify(projects, never()).create(any(), any());
    }

    @Test
    void progress_and_spending_forms_name_each_field_and_do_nothing() throws Exception {
        assertThat(flashProblems(mvc.perform(post("/projects/7/progress").with(csrf())
                .with(WebSlice.Acting.as(Role.RC_STAFF)).param("percent", "").param("note", "x".repeat(1001)))
                .andExpect(status().isFound()).andReturn()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("percent", "NotBlank", "note", "Size"));
        assertThat(flashProblems(mvc.perform(post("/projects/7/spending").with(csrf())
                .with(WebSlice.Acting.as(Role.RC_STAFF)).param("payee", "y".repeat(201)))
                .andExpect(status().isFound()).andReturn()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("amount", "NotBlank", "payee", "Size",
                        "purpose", "NotBlank"));
        verify(projects, never()).reportProgress(any(), anyLong(), any(), any());
        verify(funding, never()).recordSpending(any(), anyLong(), any(), any());
    }

    @Test
    void the_plan_correction_needs_a_title_a_reason_and_the_version_read() throws Exception {
        mvc.perform(put("/api/v1/projects/7").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"\",\"reason\":\"" + "x".repeat(501)
                        + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("title", "reason", "version")));
        verify(projects, never()).revise(any(), anyLong(), any());
    }

    @Test
    void the_api_answers_400_naming_each_field() throws Exception {
        mvc.perform(post("/api/v1/projects").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + TOO_LONG_TITLE + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("title")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.is("不能超过 100 个字")));
        mvc.perform(post("/api/v1/projects/7/progress").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("percent", "note")));
        mvc.perform(post("/api/v1/projects/7/progress").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.MULTIPART_FORM_DATA).param("percent", "50"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("note")));
        mvc.perform(post("/api/v1/projects/7/spending").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("payee", "purpose")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.is("必须填写")));
        verifyNoInteractions(projects);
    }

    @Test
    void those_who_may_not_manage_projects_get_403_whatever_they_sent() throws Exception {
        mvc.perform(post("/projects/7/progress").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/projects").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(projects);
    }

    private static Map<String, String> pageProblems(MvcResult result) {
        return byField(result.getModelAndView().getModel().get("problems"));
    }

    private static Map<String, String> flashProblems(MvcResult result) {
        return byField(result.getFlashMap().get("problems"));
    }

    private static Map<String, String> byField(Object problems) {
        assertThat(problems).as("problems").isInstanceOf(List.class);
        return ((List<?>) problems).stream().map(Problem.class::cast)
                .collect(java.util.stream.Collectors.toMap(Problem::field, Problem::code, (a, b) -> a));
    }
}
