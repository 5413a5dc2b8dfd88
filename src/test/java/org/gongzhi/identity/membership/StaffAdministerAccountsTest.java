package org.gongzhi.identity.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import org.gongzhi.IntegrationTest;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.ScopeType;

/**
 * Staff administer accounts: find them a page at a time, open staff accounts whose holders set their own password
 * with a one-time code, lock (which ends sessions and tokens at once) and unlock, and appoint representatives for a
 * term. Residents can do none of it.
 */
class StaffAdministerAccountsTest extends IntegrationTest {

    @Autowired
    UserDetailsService details;

    @BeforeEach
    void forgetWrongCodes() {
        jdbc.sql("delete from account_code_attempt").update();
    }

    private Actor actor(String username) {
        return ((Actor.ActsAs) details.loadUserByUsername(username)).actor();
    }

    /** Opens a property-staff account as the committee and sets its password with the one-time code. */
    private long openStaff(String username, String password) throws Exception {
        String json = mvc.perform(post("/api/v1/accounts").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"%s","displayName":"物业 新同事",
                                 "grants":[{"role":"PM_STAFF","scopeType":"COMMUNITY"}]}""".formatted(username)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(json, "$.reset.code");
        mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","code":"%s","newPassword":"%s","confirmPassword":"%s"}"""
                        .formatted(username, code, password, password)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","code":"%s","newPassword":"again-pass-9","confirmPassword":"again-pass-9"}"""
                        .formatted(username, code)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        return ((Number) JsonPath.read(json, "$.accountId")).longValue();
    }

    private String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void staff_list_accounts_a_page_at_a_time_and_find_them_by_name() throws Exception {
        mvc.perform(get("/api/v1/accounts?size=2").with(as("rc.staff")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2)).andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(6)));
        mvc.perform(get("/api/v1/accounts?q=RC.STAFF").with(as("rc.staff")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].grants[0].role").value("RC_STAFF"));
        mvc.perform(get("/admin/accounts?q=rc").with(as("rc.staff")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("rc.staff")));
        mvc.perform(get("/api/v1/accounts/999999").with(as("rc.staff")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/accounts/999999").with(as("rc.staff")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void a_resident_can_neither_administer_nor_give_themselves_a_role() throws Exception {
        long own = actor("resident").accountId();
        mvc.perform(get("/api/v1/accounts").with(as("resident")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(as("resident")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"me.admin\",\"displayName\":\"x\",\"grants\":[{\"role\":\"ADMIN\",\"scopeType\":\"COMMUNITY\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/representative", own).with(as("resident")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scopeType\":\"GRID\",\"scopeId\":1,\"termFrom\":\"2026-01-01\",\"termUntil\":\"2028-01-01\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/{id}/owner-verification", own).with(as("resident")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/household-codes").with(as("resident")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"building\":1,\"unit\":1,\"room\":\"101\"}")).andExpect(status().isForbidden());
        assertThat(actor("resident").grants()).extracting(g -> g.role())
                .doesNotContain(Role.ADMIN, Role.RESIDENT_REPRESENTATIVE);
    }

    @Test
    void committee_staff_cannot_grant_the_administrator_role_and_a_role_needs_a_real_scope() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"x\",\"grants\":[{\"role\":\"ADMIN\",\"scopeType\":\"COMMUNITY\"}]}"
                                .formatted(unique("want.admin"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("grants"));
        mvc.perform(post("/api/v1/accounts").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"x\",\"grants\":[{\"role\":\"RESIDENT\",\"scopeType\":\"COMMUNITY\"}]}"
                                .formatted(unique("want.resident"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("grants"));
        mvc.perform(post("/api/v1/accounts").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"displayName\":\"x\",\"grants\":[{\"role\":\"GRID_BRANCH_SECRETARY\",\"scopeType\":\"BRANCH\",\"scopeId\":987654}]}"
                                .formatted(unique("no.branch"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("grants"));
        mvc.perform(post("/api/v1/accounts").with(as("rc.staff")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"grants\":[]}".formatted(unique("no.name"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("displayName", "grants")));
    }

    @Test
    void a_lock_ends_the_accounts_session_and_tokens_at_once_and_an_unlock_lets_it_back() throws Exception {
        String username = unique("pm.new");
        long id = openStaff(username, "first-pass-1");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("first-pass-1"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"first-pass-1\"}".formatted(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");

        mvc.perform(post("/admin/accounts/{id}/lock", id).with(as("rc.staff")).with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + id));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(username).password("first-pass-1")).andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED_BY_STAFF' and subject_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/accounts/{id}/unlock", id).with(as("rc.staff")).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.account.lockedByStaff").value(false));
        mvc.perform(formLogin("/login").user(username).password("first-pass-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_reset_code_sets_a_new_password_once_and_staff_cannot_lock_themselves() throws Exception {
        String username = unique("pm.reset");
        long id = openStaff(username, "first-pass-1");
        String code = JsonPath.read(mvc.perform(post("/api/v1/accounts/{id}/password-reset", id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.code");
        mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","code":"%s","newPassword":"second-pass-2","confirmPassword":"other-pass-2"}"""
                        .formatted(username, code)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("confirmPassword"));
        mvc.perform(post("/api/v1/password-reset").contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","code":"%s","newPassword":"second-pass-2","confirmPassword":"second-pass-2"}"""
                        .formatted(username, code)))
                .andExpect(status().isNoContent());
        mvc.perform(formLogin("/login").user(username).password("first-pass-1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(username).password("second-pass-2")).andExpect(redirectedUrl("/"));

        long self = actor("rc.staff").accountId();
        mvc.perform(post("/api/v1/accounts/{id}/lock", self).with(as("rc.staff")).with(csrf())).andExpect(status().isConflict());
        long admin = actor("admin").accountId();
        mvc.perform(post("/api/v1/accounts/{id}/lock", admin).with(as("rc.staff")).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void a_deactivated_account_stops_at_once_and_a_person_ends_their_own_tokens() throws Exception {
        String username = unique("pm.leaves");
        long id = openStaff(username, "first-pass-1");
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"first-pass-1\"}".formatted(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");
        String other = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"%s\",\"password\":\"first-pass-1\"}".formatted(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.accessToken");
        String mine = mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long newest = ((Number) JsonPath.read(mine, "$[0].id")).longValue();
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"rc.staff\",\"password\":\"gongzhi-demo\"}")).andExpect(status().isOk());
        long rcToken = jdbc.sql("select max(id) from api_token where account_id = ?")
                .param(actor("rc.staff").accountId()).query(Long.class).single();
        mvc.perform(post("/api/v1/me/tokens/{t}/revoke", rcToken)
                .header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/tokens/{t}/revoke", newest).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + other)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/api/v1/accounts/{id}/deactivate", id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.account.active").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin("/login").user(username).password("first-pass-1")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_DEACTIVATED' and subject_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/api/v1/accounts/{id}/activate", id).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.account.active").value(true));
        mvc.perform(formLogin("/login").user(username).password("first-pass-1")).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_representative_holds_the_role_for_a_building_during_the_term_only() throws Exception {
        Actor resident = actor("resident");
        long building = jdbc.sql("select id from register_building order by id limit 1").query(Long.class).single();
        LocalDate today = LocalDate.now();
        mvc.perform(post("/api/v1/accounts/{id}/representative", resident.accountId()).with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scopeType\":\"BUILDING\",\"scopeId\":987654,\"termFrom\":\"%s\",\"termUntil\":\"%s\"}"
                                .formatted(today, today.plusYears(5))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scopeId"));
        mvc.perform(post("/api/v1/accounts/{id}/representative", resident.accountId()).with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scopeType\":\"BUILDING\",\"scopeId\":%d,\"termFrom\":\"%s\",\"termUntil\":\"%s\"}"
                                .formatted(building, today, today.minusDays(1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("termUntil"));
        mvc.perform(post("/api/v1/accounts/{id}/representative", resident.accountId()).with(as("rc.staff")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scopeType\":\"BUILDING\",\"scopeId\":%d,\"termFrom\":\"%s\",\"termUntil\":\"%s\"}"
                                .formatted(building, today.minusDays(1), today.plusYears(5))))
                .andExpect(status().isOk());
        assertThat(actor("resident").scopeIds(Role.RESIDENT_REPRESENTATIVE, ScopeType.BUILDING)).containsExactly(building);

        long grant = jdbc.sql("select id from account_role where account_id = ? and role = 'RESIDENT_REPRESENTATIVE'")
                .param(resident.accountId()).query(Long.class).single();
        mvc.perform(post("/api/v1/accounts/{id}/roles/{g}/end", resident.accountId(), grant).with(as("rc.staff")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(actor("resident").has(Role.RESIDENT_REPRESENTATIVE)).isFalse();
        assertThat(actor("resident").has(Role.RESIDENT)).isTrue();
    }
}
