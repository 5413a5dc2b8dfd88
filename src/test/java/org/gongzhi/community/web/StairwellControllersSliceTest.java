package org.gongzhi.community.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzhi.WebSlice;
import org.gongzhi.community.OverviewQueries;
import org.gongzhi.community.ResidentPermissions;
import org.gongzhi.community.Stairwells;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/** A stairwell's card is public; the list of stairwells and the overview are for those who work in the community. */
@WebSlice({StairwellController.class, StairwellApiController.class})
@Import(ResidentPermissions.class)
class StairwellControllersSliceTest {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Stairwells stairwells;

    @MockitoBean
    OverviewQueries overview;

    @Test
    void an_unknown_stairwell_is_not_found_for_anyone() throws Exception {
        when(stairwells.card(eq("AY-99-9"), any())).thenThrow(new NotFound("stairwell AY-99-9"));
        mvc.perform(get("/s/AY-99-9")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stairwells/AY-99-9")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void the_list_of_stairwells_asks_who_acts() throws Exception {
        mvc.perform(get("/stairwells")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/stairwells")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(get("/stairwells").with(WebSlice.Acting.as(Role.RESIDENT))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/stairwells").with(WebSlice.Acting.as(Role.RESIDENT)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        verify(stairwells, never()).list(anyLong(), any(), anyInt(), anyInt());
    }

    @Test
    void an_account_of_no_community_sees_no_community_overview() throws Exception {
        Actor administrator = new Actor(1, "admin", "Administrator", null, null, false,
                Set.of(RoleGrant.communityWide(Role.ADMIN)));
        mvc.perform(get("/api/v1/community/overview").with(WebSlice.Acting.as(administrator)))
                .andExpect(status().isForbidden());
        verify(overview, never()).of(anyLong());
    }
}
