package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.Period;

/** A resident of the register as an event needs them: their household and their age on the day. */
public record Participant(long residentId, String name, long householdId, LocalDate birthDate) {

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Under 18 on the day: a child comes with a guardian of the household. */
    public boolean childOn(LocalDate day) {
        return ageOn(day) < CommunityEvent.ADULT_AGE;
    }
}
