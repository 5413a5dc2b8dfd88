/**
 * Accounts, scoped roles, sign-in with lockout, integration tokens and each person's display preferences.
 */
package org.gongzhi.identity;
