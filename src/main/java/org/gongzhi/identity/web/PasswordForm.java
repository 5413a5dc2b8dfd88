package org.gongzhi.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.identity.PasswordPolicy;

/**
 * The change-password form. Each field's own rules are here; whether the current password is right, the new one
 * mixes kinds of characters and differs from the user name, and the confirmation matches is the account's to say.
 */
record PasswordForm(@NotBlank String currentPassword,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH) String newPassword, @NotBlank String confirmPassword) {
}
