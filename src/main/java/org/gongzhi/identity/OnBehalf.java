package org.gongzhi.identity;

/**
 * Someone acting for a resident without a phone (代办): the resident (matched against the register by name and
 * address), how they agreed and a note, and the helper (staff or a verified volunteer) who acts. Modules store it
 * with what was done, show "由 {helperName} 代办" and list it in the resident's own history.
 */
public record OnBehalf(long residentId, long householdId, ConsentMethod consent, String consentNote,
        long helperAccountId, String helperName) {

    public static final int MAX_NOTE = 500;
}
