/**
 * Residents joining and proving where they live, verification levels, representatives and staff account
 * administration: locks, unlocks and one-time password reset codes.
 */
package org.gongzhi.identity.membership;
