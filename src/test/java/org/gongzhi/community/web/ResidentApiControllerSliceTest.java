package org.gongzhi.community.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzhi.WebSlice;
import org.gongzhi.community.Gender;
import org.gongzhi.community.Relation;
import org.gongzhi.community.ResidenceType;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.ResidentQueries;
import org.gongzhi.community.ResidentRow;
import org.gongzhi.community.resident.Residents;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Role;

/** The residents' API answers every refusal as a problem: 401, 403, 404, 409 and 400 naming the field. */
@WebSlice(ResidentApiController.class)
@Import(ResidentPermissions.class)
class ResidentApiControllerSliceTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Residents residents;

    @MockitoBean
    ResidentQueries queries;

    @Test
    void a_program_without_a_session_or_token_gets_401() throws Exception {
        mvc.perform(get("/api/v1/residents")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM)).andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void an_account_whose_role_does_not_browse_the_register_gets_403() throws Exception {
        mvc.perform(get("/api/v1/residents").with(WebSlice.Acting.as(Role.RESIDENT)))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/v1/residents").with(csrf()).with(WebSlice.Acting.as(Role.GRID_BRANCH_SECRETARY))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"王芳\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/residents/7/id-card/reveal").with(csrf()).with(WebSlice.Acting.as(Role.SUBDISTRICT_OFFICER)))
                .andExpect(status().isForbidden());
        verify(residents, never()).register(anyLong(), any());
        verify(residents, never()).revealIdCard(anyLong(), anyLong());
    }

    @Test
    void a_resident_outside_what_the_caller_may_see_is_404() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenThrow(new NotFound("resident 7"));
        mvc.perform(get("/api/v1/residents/7").with(WebSlice.Acting.as(Role.GRID_BRANCH_SECRETARY)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/v1/residents/7/move-out").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isNotFound());
        verify(residents, never()).moveOut(anyLong(), anyLong(), any());
    }

    @Test
    void broken_input_is_400_naming_each_field() throws Exception {
        when(residents.register(eq(WebSlice.Acting.COMMUNITY), any()))
                .thenThrow(InvalidInput.of("birthDate", "validation.date"));
        mvc.perform(post("/api/v1/residents").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"王芳\",\"birthDate\":\"tomorrow\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void a_blank_name_is_400_naming_it_with_the_other_broken_fields_and_nothing_is_registered() throws Exception {
        when(residents.check(eq(WebSlice.Acting.COMMUNITY), any()))
                .thenThrow(InvalidInput.of("birthDate", "validation.date", "tomorrow"));
        mvc.perform(post("/api/v1/residents").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \",\"birthDate\":\"tomorrow\"}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("必须填写"))
                .andExpect(jsonPath("$.errors[1].field").value("birthDate"));
        verify(residents, never()).register(anyLong(), any());
    }

    @Test
    void a_name_too_long_for_a_correction_is_400_naming_it() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenReturn(row(7));
        mvc.perform(put("/api/v1/residents/7").param("version", "1").with(csrf())
                .with(WebSlice.Acting.as(Role.RC_STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + "王".repeat(51) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 50 个字"));
        verify(residents, never()).correct(anyLong(), anyLong(), anyInt(), any());
    }

    @Test
    void a_step_the_register_refuses_is_409_with_its_code() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenReturn(row(7));
        doThrow(Refused.stale()).when(residents).correct(eq(WebSlice.Acting.COMMUNITY), eq(7L), anyInt(), any());
        mvc.perform(put("/api/v1/residents/7").param("version", "1").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"王芳\"}"))
                .andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.code").value("refused.stale"));
    }

    @Test
    void staff_read_a_resident_they_may_see() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenReturn(row(7));
        mvc.perform(get("/api/v1/residents/7").with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.phoneMasked").value("138****0000"));
    }

    private static ResidentRow row(long id) {
        return new ResidentRow(id, "王芳", Gender.F, LocalDate.of(1960, 5, 1), "138****0000", null,
                Relation.HOUSEHOLDER, ResidenceType.OWNER, false, LocalDate.of(2010, 1, 1), null, 1, 1, "101",
                "AY-1-1", 1, 1, 3);
    }
}
