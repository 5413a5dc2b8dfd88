package org.gongzhi.activity;

import java.time.LocalDate;

/**
 * A resident of seventy or over whose birthday falls in the month, with where they live and, once invited to the
 * month's party, the invitation and its answer ({@code ACCEPTED}, {@code DECLINED}, or none yet).
 */
public record BirthdayGuest(long residentId, String name, LocalDate birthDate, long householdId, String stairwellCode,
        Long invitationId, Long eventId, String answer) {

    /** The age they turn in the month. */
    public int turns(int year) {
        return year - birthDate.getYear();
    }

    public boolean invited() {
        return invitationId != null;
    }
}
