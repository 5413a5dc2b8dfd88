package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;

/**
 * Every call of a program carries its bearer token, so what the sign-in of one call reads is read for every ballot,
 * registration and pledge sent through the API: the token joined with its account, the account's lock and the roles in
 * force, in one statement — the lock is not read again, nor the password's hash.
 */
class BearerCallsReadLittleTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void a_bearer_call_reads_its_token_with_its_account_and_roles_in_one_statement() throws Exception {
        String token = bearerToken("resident");
        // the first call records when the token was used (once a minute at most)
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        // /api/v1/me answers from the sign-in itself: what the call reads is the sign-in's
        long statements = StatementCounter.during(
                () -> perform(get("/api/v1/me").header("Authorization", "Bearer " + token)));
        assertThat(statements).isEqualTo(1);
    }

    @Test
    void a_bearer_call_carries_the_roles_in_force_today_and_no_other() throws Exception {
        // an account of the test's own, so that no other test's roles are in its answer
        String name = "bearer.roles." + System.nanoTime() % 1_000_000;
        long account = accounts.open(new NewAccount(name, DEMO_PASSWORD, "令牌角色", 1L, null,
                Set.of(RoleGrant.communityWide(Role.RESIDENT))));
        String token = bearerToken(name);
        long grid = jdbc.sql("select min(id) from grid where community_id = 1").query(Long.class).single();
        // a day either side of today's end: the application's day is Shanghai's, a test machine's may be another
        LocalDate today = LocalDate.now();
        jdbc.sql("""
                insert into account_role (community_id, account_id, role, scope_type, scope_id, term_from, term_until)
                values (1, ?, 'RESIDENT_REPRESENTATIVE', 'GRID', ?, ?, ?)""")
                .params(account, grid, today.minusYears(5), today.minusDays(2)).update();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[*].role").value(contains("RESIDENT")));

        jdbc.sql("update account_role set term_until = ? where account_id = ? and role = 'RESIDENT_REPRESENTATIVE'")
                .params(today.plusDays(2), account).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[*].role").value(containsInAnyOrder("RESIDENT", "RESIDENT_REPRESENTATIVE")))
                .andExpect(jsonPath("$.roles[?(@.role == 'RESIDENT_REPRESENTATIVE')].scopeId").value((int) grid));
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            mvc.perform(request).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
