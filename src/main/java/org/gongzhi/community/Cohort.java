package org.gongzhi.community;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/** Four generations (四代) by age on the day: children 0–17, youth 18–35, middle-aged 36–59, elderly 60+. */
public enum Cohort {
    CHILD, YOUTH, MIDDLE_AGED, ELDERLY;

    private static final int YOUTH_FROM = 18;
    private static final int MIDDLE_AGED_FROM = 36;
    private static final int ELDERLY_FROM = 60;

    public static Cohort of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        if (age < YOUTH_FROM) {
            return CHILD;
        }
        if (age < MIDDLE_AGED_FROM) {
            return YOUTH;
        }
        return age < ELDERLY_FROM ? MIDDLE_AGED : ELDERLY;
    }

    /**
     * SQL naming the cohort of the person born on {@code birthColumn} on the day the parameters of
     * {@link #sqlParams} stand for, so that figures grouped by generation agree with {@link #of}.
     */
    public static String sql(String birthColumn) {
        return "case when " + birthColumn + " > :cohortYouth then 'CHILD' when " + birthColumn
                + " > :cohortMiddle then 'YOUTH' when " + birthColumn + " > :cohortElderly then 'MIDDLE_AGED' "
                + "else 'ELDERLY' end";
    }

    /** The named parameters of {@link #sql}: born after these days, a person is not yet of that cohort's age. */
    public static Map<String, Object> sqlParams(LocalDate on) {
        return Map.of("cohortYouth", on.minusYears(YOUTH_FROM), "cohortMiddle", on.minusYears(MIDDLE_AGED_FROM),
                "cohortElderly", on.minusYears(ELDERLY_FROM));
    }
}
