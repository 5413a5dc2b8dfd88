package org.gongzhi.identity.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzhi.WebSlice;
import org.gongzhi.shared.security.Role;

/** Programs sign in for a token and ask who they are; every refusal is a 401 problem. */
@WebSlice(TokenApiController.class)
class TokenApiControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void unknown_credentials_get_401_and_no_token() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nobody\",\"password\":\"guess-1234\"}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("wrong user name or password, or locked"))
                .andExpect(jsonPath("$.accessToken").doesNotExist());
    }

    @Test
    void who_am_i_needs_a_session_or_a_token() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void who_am_i_names_the_account_and_its_roles() throws Exception {
        mvc.perform(get("/api/v1/me").with(WebSlice.Acting.as(Role.RC_STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("slice.user"))
                .andExpect(jsonPath("$.roles[0].role").value("RC_STAFF"));
    }
}
