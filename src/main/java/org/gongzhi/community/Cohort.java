package org.gongzhi.community;

import java.time.LocalDate;
import java.time.Period;

/** Four generations (四代) by age on the day: children 0–17, youth 18–35, middle-aged 36–59, elderly 60+. */
public enum Cohort {
    CHILD, YOUTH, MIDDLE_AGED, ELDERLY;

    public static Cohort of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        if (age < 18) {
            return CHILD;
        }
        if (age < 36) {
            return YOUTH;
        }
        return age < 60 ? MIDDLE_AGED : ELDERLY;
    }
}
