package org.gongzhi.community;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;

/** Each register page: one role that may, one that may not. */
class RegisterPagesTest extends IntegrationTest {

    private long residentOfGridNine() {
        return jdbc.sql("""
                select r.id from resident r join household h on h.id = r.household_id join unit u on u.id = h.unit_id
                join stairwell s on s.id = u.stairwell_id join grid g on g.id = s.grid_id
                where g.community_id = 1 and g.number = 9 and r.moved_out is null
                and r.id_card_cipher is not null order by r.id limit 1""")
                .query(Long.class).single();
    }

    @Test
    void the_home_page_shows_the_community_at_a_glance() throws Exception {
        mvc.perform(get("/").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5,309")))
                .andExpect(content().string(containsString("337")));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_resident_list_is_for_staff() throws Exception {
        mvc.perform(get("/residents").with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(get("/residents").with(as("branch.secretary"))).andExpect(status().isOk());
        mvc.perform(get("/residents").with(as("resident"))).andExpect(status().isForbidden());
        mvc.perform(get("/residents").with(as("oc.member"))).andExpect(status().isForbidden());
    }

    @Test
    void a_resident_page_masks_numbers_until_staff_reveal_them() throws Exception {
        long id = residentOfGridNine();
        mvc.perform(get("/residents/" + id).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("********")))
                .andExpect(content().string(containsString("reveal-id")));
        mvc.perform(post("/residents/" + id + "/reveal-id").with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"revealed-id\"")));
        mvc.perform(post("/residents/" + id + "/reveal-id").with(as("branch.secretary")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/residents/" + id).with(as("pm.staff"))).andExpect(status().isForbidden());
    }

    @Test
    void only_residents_committee_staff_register_edit_and_move_out() throws Exception {
        long id = residentOfGridNine();
        mvc.perform(get("/residents/new").with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(get("/residents/new").with(as("branch.secretary"))).andExpect(status().isForbidden());
        mvc.perform(get("/residents/" + id + "/edit").with(as("rc.staff"))).andExpect(status().isOk());
        mvc.perform(get("/residents/" + id + "/edit").with(as("oc.member"))).andExpect(status().isForbidden());
        mvc.perform(post("/residents").with(as("resident")).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/residents/" + id).with(as("branch.secretary")).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/residents/" + id + "/move-out").with(as("pm.staff")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_form_with_bad_input_comes_back_with_the_fields_named_and_the_input_kept() throws Exception {
        mvc.perform(post("/residents").with(as("rc.staff")).with(csrf())
                        .param("name", "留下的名字").param("gender", "M").param("birthDate", "1990-01-01")
                        .param("phone", "12345").param("relation", "HOUSEHOLDER").param("residenceType", "OWNER")
                        .param("stairwellCode", "AY-1-1").param("room", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("留下的名字")))
                .andExpect(content().string(containsString("手机号码格式不正确")))
                .andExpect(content().string(containsString("楼道 AY-1-1 没有 999 室")));
    }

    @Test
    void the_stairwell_list_is_for_staff_and_the_property_company() throws Exception {
        mvc.perform(get("/stairwells").with(as("pm.staff"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("AY-1-1")));
        mvc.perform(get("/stairwells").with(as("resident"))).andExpect(status().isForbidden());
    }

    @Test
    void neighbours_get_call_links_on_their_stairwell_card_and_strangers_do_not() throws Exception {
        mvc.perform(get("/s/AY-1-1").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"tel:")));
        mvc.perform(get("/s/AY-1-1").with(as("oc.member")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"tel:"))));
        mvc.perform(get("/s/AY-1-1")).andExpect(content().string(not(containsString("href=\"tel:"))));
    }

    @Test
    void everyone_signed_in_sees_the_four_level_party_organisation() throws Exception {
        mvc.perform(get("/organisation").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("奥园居民区党总支")))
                .andExpect(content().string(containsString("第八网格党支部")))
                .andExpect(content().string(containsString("1号楼楼组党小组")));
        mvc.perform(get("/api/v1/organisation").with(as("resident")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.branches.length()")
                        .value(8))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.branches[7].grids").value(org.hamcrest.Matchers.contains(15)));
        mvc.perform(get("/organisation")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staff_see_the_units_area_and_owners_on_a_residents_page() throws Exception {
        long id = residentOfGridNine();
        mvc.perform(get("/residents/" + id).with(as("rc.staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("房屋与产权")))
                .andExpect(content().string(containsString(" m²")));
    }

    @Test
    void care_mode_and_language_are_remembered() throws Exception {
        mvc.perform(post("/preferences/care-mode").param("on", "true").with(csrf()))
                .andExpect(cookie().value("gz_care", "1"));
        mvc.perform(get("/s/AY-1-1").cookie(new jakarta.servlet.http.Cookie("gz_care", "1")))
                .andExpect(content().string(containsString("class=\"care\"")));
        mvc.perform(get("/s/AY-1-1").cookie(new jakarta.servlet.http.Cookie("gz_lang", "en")))
                .andExpect(content().string(containsString("Building 1, Unit 1")));
        mvc.perform(post("/preferences/language").param("lang", "en").with(as("admin")).with(csrf()))
                .andExpect(cookie().value("gz_lang", "en"));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select locale from account where username = 'admin'")
                .query(String.class).single()).isEqualTo("en");
        mvc.perform(post("/preferences/language").param("lang", "zh").with(as("admin")).with(csrf()));
    }

    @Test
    void a_visitor_of_the_public_card_opens_no_session_and_still_switches_language() throws Exception {
        // every QR code scan would otherwise open a server session for the CSRF token of the page's two switches
        long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
        var card = mvc.perform(get("/s/AY-1-1")).andExpect(status().isOk()).andReturn();
        org.assertj.core.api.Assertions.assertThat(card.getRequest().getSession(false)).isNull();
        org.assertj.core.api.Assertions.assertThat(card.getResponse().getCookies()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(card.getResponse().getHeaders("Set-Cookie")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class)
                .single()).isEqualTo(sessions);
        org.assertj.core.api.Assertions.assertThat(card.getResponse().getContentAsString())
                .contains("action=\"/preferences/language\"").doesNotContain("_csrf");
        mvc.perform(post("/preferences/language").param("lang", "en"))
                .andExpect(status().is3xxRedirection()).andExpect(cookie().value("gz_lang", "en"));
        // a signed-in person's choice is saved on the account: that form carries its token and needs it
        mvc.perform(get("/account").with(as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*action=\"/preferences/language\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\".*")));
        mvc.perform(post("/preferences/language").param("lang", "en").with(as("admin")))
                .andExpect(status().isForbidden());
    }
}
