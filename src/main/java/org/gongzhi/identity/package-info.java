/**
 * Accounts, scoped roles, sign-in with lockout, integration tokens and each person's display preferences.
 */
@ApplicationModule(allowedDependencies = {"community", "shared", "privacy"})
package org.gongzhi.identity;

import org.springframework.modulith.ApplicationModule;
