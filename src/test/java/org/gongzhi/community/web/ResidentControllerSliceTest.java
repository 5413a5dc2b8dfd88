package org.gongzhi.community.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
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
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Role;

/** The resident pages ask who acts before they touch the register, and answer a broken form with its fields. */
@WebSlice(ResidentController.class)
@Import(ResidentPermissions.class)
class ResidentControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Residents residents;

    @MockitoBean
    ResidentQueries queries;

    @MockitoBean
    AuditTrail audit;

    @Test
    void someone_not_signed_in_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/residents")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/residents/7")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void people_whose_role_does_not_browse_the_register_are_refused() throws Exception {
        mvc.perform(get("/residents").with(WebSlice.Acting.as(Role.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(get("/residents/new").with(WebSlice.Acting.as(Role.PM_STAFF))).andExpect(status().isForbidden());
        verify(queries, never()).search(anyLong(), any(), any());
    }

    @Test
    void only_residents_committee_staff_register_correct_and_move_out() throws Exception {
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
                post("/residents").param("name", "王芳").with(csrf())
                        .with(WebSlice.Acting.as(Role.SUBDISTRICT_OFFICER)),
                post("/residents/7").param("name", "王芳").with(csrf())
                        .with(WebSlice.Acting.as(Role.GRID_BRANCH_SECRETARY)),
                post("/residents/7/move-out").with(csrf()).with(WebSlice.Acting.as(Role.SUBDISTRICT_OFFICER)),
                post("/residents/7/reveal-id").with(csrf()).with(WebSlice.Acting.as(Role.SUBDISTRICT_OFFICER))}) {
            mvc.perform(request).andExpect(status().isForbidden());
        }
        verify(residents, never()).register(anyLong(), any());
        verify(residents, never()).moveOut(anyLong(), anyLong(), any());
        verify(residents, never()).revealIdCard(anyLong(), anyLong());
    }

    @Test
    void a_form_sent_without_its_token_is_refused() throws Exception {
        mvc.perform(post("/residents").param("name", "王芳").with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isForbidden());
        verify(residents, never()).register(anyLong(), any());
    }

    @Test
    void a_resident_outside_what_the_person_may_see_is_not_found() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenThrow(new NotFound("resident 7"));
        mvc.perform(get("/residents/7").with(WebSlice.Acting.as(Role.RC_STAFF))).andExpect(status().isNotFound());
        mvc.perform(post("/residents/7/move-out").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isNotFound());
        verify(residents, never()).moveOut(anyLong(), anyLong(), any());
    }

    @Test
    void a_broken_registration_shows_the_form_again_naming_its_field() throws Exception {
        when(residents.register(eq(WebSlice.Acting.COMMUNITY), any()))
                .thenThrow(InvalidInput.of("name", "validation.required"));
        mvc.perform(post("/residents").param("name", "").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"e-name\"")))
                .andExpect(content().string(Matchers.containsString("data-field=\"name\">必须填写</p>")));
    }

    @Test
    void a_name_too_long_is_named_at_its_field_with_the_rest_of_the_register_rules_and_nothing_is_registered()
            throws Exception {
        when(residents.check(eq(WebSlice.Acting.COMMUNITY), any()))
                .thenThrow(InvalidInput.of("birthDate", "validation.date", "tomorrow"));
        mvc.perform(post("/residents").param("name", "王".repeat(51)).param("birthDate", "tomorrow").with(csrf())
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-field=\"name\">不能超过 50 个字</p>")))
                .andExpect(content().string(Matchers.containsString("id=\"e-birthDate\"")));
        verify(residents, never()).register(anyLong(), any());
    }

    @Test
    void a_correction_without_a_name_is_named_at_its_field_and_nothing_is_saved() throws Exception {
        when(queries.get(eq(WebSlice.Acting.COMMUNITY), any(), eq(7L))).thenReturn(row(7));
        mvc.perform(post("/residents/7").param("name", " ").param("version", "1").with(csrf())
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-field=\"name\">必须填写</p>")));
        verify(residents, never()).correct(anyLong(), anyLong(), anyInt(), any());
    }

    @Test
    void a_registration_leads_to_the_new_resident_with_a_message() throws Exception {
        when(residents.register(eq(WebSlice.Acting.COMMUNITY), any())).thenReturn(7L);
        mvc.perform(post("/residents").param("name", "王芳").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(redirectedUrl("/residents/7")).andExpect(flash().attribute("flash", "resident.registered"));
    }

    private static ResidentRow row(long id) {
        return new ResidentRow(id, "王芳", Gender.F, LocalDate.of(1960, 5, 1), "138****0000", null,
                Relation.HOUSEHOLDER, ResidenceType.OWNER, false, LocalDate.of(2010, 1, 1), null, 1, 1, "101",
                "AY-1-1", 1, 1, 3);
    }
}
