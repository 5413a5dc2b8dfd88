package org.gongzhi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import org.gongzhi.IntegrationTest;
import org.gongzhi.StatementCounter;

/**
 * Every call of a program carries its bearer token, so what the sign-in of one call reads is read for every ballot,
 * registration and pledge sent through the API: the token with its account's lock in one statement, then the account
 * joined with its roles in another — the lock is not read again, nor the password's hash.
 */
class BearerCallsReadLittleTest extends IntegrationTest {

    @Test
    void a_bearer_call_reads_its_token_then_its_account_with_roles_and_nothing_more() throws Exception {
        String token = bearerToken("resident");
        // the first call records when the token was used (once a minute at most)
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        // /api/v1/me answers from the sign-in itself: what the call reads is the sign-in's
        long statements = StatementCounter.during(
                () -> perform(get("/api/v1/me").header("Authorization", "Bearer " + token)));
        assertThat(statements).isEqualTo(2);
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            mvc.perform(request).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
