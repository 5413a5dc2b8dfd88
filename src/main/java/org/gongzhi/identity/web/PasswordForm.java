package org.gongzhi.identity.web;

/** The change-password form. */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
}
