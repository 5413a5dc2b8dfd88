package org.gongzhi.community.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzhi.WebSlice;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.owner.OwnerQueries;
import org.gongzhi.community.owner.OwnerQueries.VacantCounts;
import org.gongzhi.community.owner.Owners;
import org.gongzhi.community.owner.RegisterOwner;
import org.gongzhi.community.owner.RegisterOwner.Identity;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PageResult;

/** Completing owners is for residents' committee staff and administrators; a bad ID number is named on its field. */
@WebSlice({OwnerController.class, RegisterOwnersApiController.class})
@Import({ResidentPermissions.class, FormProblems.class})
class OwnerControllersSliceTest {

    private static final RegisterOwner OWNER = new RegisterOwner(7, 3, 2, "401", "AY-3-2", "张*", null,
            Identity.NONE, LocalDate.of(2015, 7, 1));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Owners owners;

    @MockitoBean
    OwnerQueries queries;

    @BeforeEach
    void oneOwnerLeft() {
        when(queries.owners(anyLong(), any())).thenReturn(new PageResult<>(List.of(OWNER), 0, 20, 1));
        when(queries.units(anyLong(), any(), any(Integer.class), any(Integer.class)))
                .thenReturn(new PageResult<>(List.of(), 0, 20, 0));
        when(queries.vacantCounts(anyLong())).thenReturn(new VacantCounts(0, 0));
    }

    @Test
    void someone_not_signed_in_is_sent_to_sign_in_or_gets_401() throws Exception {
        mvc.perform(get("/residents/owners")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/register/owners")).andExpect(status().isUnauthorized());
    }

    @Test
    void residents_property_staff_and_branch_secretaries_are_refused() throws Exception {
        for (Role role : List.of(Role.RESIDENT, Role.PM_STAFF, Role.GRID_BRANCH_SECRETARY)) {
            mvc.perform(get("/residents/owners").with(WebSlice.Acting.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/residents/owners/vacant").with(WebSlice.Acting.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/residents/owners/7/identity").param("idNumber", "110101199003070011").with(csrf())
                    .with(WebSlice.Acting.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/register/owners").with(WebSlice.Acting.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/register/units").with(WebSlice.Acting.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/register/owners/7/identity").with(csrf()).with(WebSlice.Acting.as(role))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"110101199003070011\"}"))
                    .andExpect(status().isForbidden());
        }
        verify(owners, never()).identify(anyLong(), anyLong(), any());
    }

    @Test
    void staff_and_administrators_see_the_owners_left_with_a_field_each() throws Exception {
        for (Role role : List.of(Role.RC_STAFF, Role.ADMIN)) {
            mvc.perform(get("/residents/owners").with(WebSlice.Acting.as(role)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("还有 1 位产权人待补全身份")))
                    .andExpect(content().string(containsString("张*")))
                    .andExpect(content().string(containsString("action=\"/residents/owners/7/identity\"")))
                    .andExpect(content().string(containsString("for=\"id-7\"")));
        }
    }

    @Test
    void a_blank_number_is_named_on_its_field_in_chinese_and_english() throws Exception {
        mvc.perform(post("/residents/owners/7/identity").param("idNumber", " ").with(csrf())
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-idNumber\"")))
                .andExpect(content().string(containsString("data-field=\"idNumber\">必须填写</p>")));
        mvc.perform(post("/residents/owners/7/identity").param("idNumber", "").with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("gz_lang", "en"))
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(content().string(containsString("data-field=\"idNumber\">is required</p>")));
        verify(owners, never()).identify(anyLong(), anyLong(), any());
    }

    @Test
    void a_number_that_breaks_its_rules_comes_back_with_the_message_and_what_was_typed() throws Exception {
        when(owners.identify(eq(WebSlice.Acting.COMMUNITY), eq(7L), anyString()))
                .thenThrow(InvalidInput.of("idNumber", "validation.idCard.CHECK_DIGIT"));
        mvc.perform(post("/residents/owners/7/identity").param("idNumber", "110101199003070012").with(csrf())
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号校验位不正确（GB 11643）")))
                .andExpect(content().string(containsString("value=\"110101199003070012\"")))
                .andExpect(content().string(containsString("aria-describedby=\"e-idNumber\"")));
        mvc.perform(post("/residents/owners/7/identity").param("idNumber", "110101199003070012").with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("gz_lang", "en"))
                        .with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(content().string(not(containsString("校验位"))));
    }

    @Test
    void a_saved_number_returns_to_the_same_building_and_page_with_a_message() throws Exception {
        when(owners.identify(eq(WebSlice.Acting.COMMUNITY), eq(7L), anyString())).thenReturn(OWNER);
        mvc.perform(post("/residents/owners/7/identity").param("idNumber", "110101199003070011")
                        .param("building", "3").param("page", "1").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(redirectedUrl("/residents/owners?building=3&page=1"))
                .andExpect(flash().attribute("flash", "owners.identified"));
    }

    @Test
    void the_api_names_the_field_of_a_bad_number_and_answers_404_for_an_unknown_owner() throws Exception {
        when(owners.identify(WebSlice.Acting.COMMUNITY, 7L, "123"))
                .thenThrow(InvalidInput.of("idNumber", "validation.idCard.FORMAT"));
        when(owners.identify(WebSlice.Acting.COMMUNITY, 8L, "110101199003070011")).thenThrow(new NotFound("owner 8"));
        mvc.perform(put("/api/v1/register/owners/7/identity").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
        mvc.perform(put("/api/v1/register/owners/8/identity").with(csrf()).with(WebSlice.Acting.as(Role.RC_STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"idNumber\":\"110101199003070011\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_vacant_units_page_opens_for_staff() throws Exception {
        mvc.perform(get("/residents/owners/vacant").with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"vacant-counts\"")));
    }
}
