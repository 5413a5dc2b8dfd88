package org.gongzhi.identity.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzhi.WebSlice;
import org.gongzhi.identity.Accounts;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Role;

/** One's own account page: only for someone signed in, and a wrong password is named at its field. */
@WebSlice(AccountController.class)
class AccountControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Accounts accounts;

    @Test
    void someone_not_signed_in_is_sent_to_sign_in() throws Exception {
        mvc.perform(get("/account")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/password").with(csrf()).param("currentPassword", "x"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        verify(accounts, never()).changePassword(anyLong(), any(), any(), any());
    }

    @Test
    void a_password_sent_without_the_forms_token_is_refused() throws Exception {
        mvc.perform(post("/account/password").with(WebSlice.Acting.as(Role.RESIDENT)).param("currentPassword", "x"))
                .andExpect(status().isForbidden());
        verify(accounts, never()).changePassword(anyLong(), any(), any(), any());
    }

    @Test
    void a_wrong_current_password_shows_the_form_again_naming_its_field() throws Exception {
        doThrow(InvalidInput.of("currentPassword", "validation.password.wrong")).when(accounts)
                .changePassword(eq(42L), eq("wrong"), anyString(), anyString());
        mvc.perform(post("/account/password").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .param("currentPassword", "wrong").param("newPassword", "a-new-pass-2")
                .param("confirmPassword", "a-new-pass-2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"e-currentPassword\"")));
    }

    @Test
    void a_short_new_password_and_a_missing_confirmation_are_named_at_their_fields_and_nothing_changes()
            throws Exception {
        mvc.perform(post("/account/password").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .param("currentPassword", "old-pass-1").param("newPassword", "short-1")
                .param("confirmPassword", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-field=\"newPassword\">密码至少 8 位</p>")))
                .andExpect(content().string(Matchers.containsString("data-field=\"confirmPassword\">必须填写</p>")));
        mvc.perform(post("/account/password").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .param("currentPassword", "old-pass-1").param("newPassword", "short-1")
                .param("confirmPassword", "short-1").cookie(new Cookie("gz_lang", "en")))
                .andExpect(content().string(Matchers.containsString("must have at least 8 characters")));
        verify(accounts, never()).changePassword(anyLong(), any(), any(), any());
    }

    @Test
    void a_changed_password_leads_back_to_the_account_with_a_message() throws Exception {
        org.mockito.Mockito.when(accounts.changePassword(42L, "old-pass-1", "a-new-pass-2", "a-new-pass-2"))
                .thenReturn(java.time.Instant.now());
        mvc.perform(post("/account/password").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .param("currentPassword", "old-pass-1").param("newPassword", "a-new-pass-2")
                .param("confirmPassword", "a-new-pass-2"))
                .andExpect(redirectedUrl("/account")).andExpect(flash().attribute("flash", "account.password.changed"));
        verify(accounts).changePassword(42L, "old-pass-1", "a-new-pass-2", "a-new-pass-2");
    }

    @Test
    void care_mode_is_remembered_for_the_account_and_the_browser() throws Exception {
        mvc.perform(post("/preferences/care-mode").with(csrf()).with(WebSlice.Acting.as(Role.RESIDENT))
                .param("on", "true"))
                .andExpect(status().isFound());
        verify(accounts).rememberCareMode(42L, true);
    }
}
