package org.gongzhi.identity.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import org.gongzhi.IntegrationTest;

/** The pages for joining, resetting a password and administering accounts, as a phone and a staff browser use them. */
class MembershipPagesTest extends IntegrationTest {

    @Test
    void the_stairwell_card_fills_in_the_address_and_a_bad_phone_is_named_beside_its_field() throws Exception {
        var stairwell = jdbc.sql("select code, building_number, unit_number from register_stairwell order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getString("code"), rs.getInt("building_number"), rs.getInt("unit_number")})
                .single();
        mvc.perform(get("/join").param("stairwell", (String) stairwell[0])).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"building\" value=\"" + stairwell[1] + "\"")));
        mvc.perform(post("/join").with(csrf()).param("name", "张三").param("phone", "12345").param("building", "1")
                        .param("unit", "1").param("room", "101").param("password", "join-pass-123")
                        .param("method", "IN_PERSON"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#f-phone\"")))
                .andExpect(content().string(containsString("id=\"e-phone\"")));
    }

    @Test
    void a_sign_up_from_the_page_waits_for_the_committee_which_sees_it_in_its_queue() throws Exception {
        String username = "page." + UUID.randomUUID().toString().substring(0, 8);
        MvcResult joined = mvc.perform(post("/join").with(csrf()).param("name", "页面测试").param("phone", "139 1234 5678")
                        .param("building", "1").param("unit", "1").param("room", "9901").param("username", username)
                        .param("password", "join-pass-123").param("method", "IN_PERSON"))
                .andExpect(redirectedUrl("/join/done")).andReturn();
        mvc.perform(get("/join/done").flashAttrs(joined.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        mvc.perform(get("/admin/joins").with(as("rc.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面测试")))
                .andExpect(content().string(containsString("139****5678")));
        mvc.perform(get("/admin/joins").with(as("resident"))).andExpect(status().isForbidden());
    }

    @Test
    void staff_open_an_account_from_the_page_and_see_its_one_time_code_once() throws Exception {
        String username = "page.staff." + UUID.randomUUID().toString().substring(0, 6);
        MvcResult opened = mvc.perform(post("/admin/accounts").with(as("rc.staff")).with(csrf())
                        .param("username", username).param("displayName", "物业 页面").param("role", "PM_STAFF")
                        .param("scopeType", "COMMUNITY"))
                .andExpect(redirectedUrlPattern("/admin/accounts/*"))
                .andExpect(flash().attributeExists("issued")).andReturn();
        String page = opened.getResponse().getRedirectedUrl();
        mvc.perform(get(page).with(as("rc.staff")).flashAttrs(opened.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("class=\"code\"")));
        String again = mvc.perform(get(page).with(as("rc.staff"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).doesNotContain("class=\"code\"");
        mvc.perform(post(page + "/lock").with(as("rc.staff")).with(csrf())).andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("flash", "membership.flash.locked"));
        mvc.perform(post("/admin/accounts").with(as("rc.staff")).with(csrf()).param("username", "x")
                        .param("displayName", "").param("role", "ADMIN").param("scopeType", "COMMUNITY"))
                .andExpect(redirectedUrl("/admin/accounts")).andExpect(flash().attributeExists("problems"));
    }

    @Test
    void the_public_pages_need_no_sign_in() throws Exception {
        mvc.perform(get("/password-reset")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/join\"")));
        mvc.perform(post("/password-reset").with(csrf()).param("username", "rc.staff").param("code", "WRONG234")
                        .param("newPassword", "new-pass-123").param("confirmPassword", "new-pass-123"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"e-code\"")));
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }
}
