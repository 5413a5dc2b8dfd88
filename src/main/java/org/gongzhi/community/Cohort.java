package org.gongzhi.community;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;

import org.gongzhi.shared.figures.AgeBands;

/** Four generations (四代) by age on the day: children 0–17, youth 18–35, middle-aged 36–59, elderly 60+. */
public enum Cohort {
    CHILD(0), YOUTH(18), MIDDLE_AGED(36), ELDERLY(60);

    /** The generations as age bands, for counting them in SQL (see {@link AgeBands}); agrees with {@link #of}. */
    public static final AgeBands BANDS = new AgeBands(Arrays.stream(values())
            .map(c -> new AgeBands.Band(c.name(), c.fromAge)).toList());

    private final int fromAge;

    Cohort(int fromAge) {
        this.fromAge = fromAge;
    }

    public static Cohort of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        Cohort cohort = CHILD;
        for (Cohort c : values()) {
            if (age >= c.fromAge) {
                cohort = c;
            }
        }
        return cohort;
    }
}
