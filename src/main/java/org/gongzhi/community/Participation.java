package org.gongzhi.community;

/**
 * How many residents, and of how many households, took part in one way in one stairwell, of one generation or
 * (cohort null) of all: the shape in which every module reports who took part, so the dashboard can add them up by grid.
 */
public record Participation(String action, long stairwellId, Cohort cohort, long residents, long households) {

    /**
     * The grouped query around {@code source}, a select of {@code action, resident_id} rows: counts distinct
     * residents and households per action, stairwell and generation, and again per action and stairwell over all
     * generations (cohort null), since a household with members of two generations is one household there.
     * Bind {@link Cohort#sqlParams} too.
     */
    public static String countedFrom(String source) {
        return """
                with x as (select p.action, p.resident_id, r.household_id, r.stairwell_id, %s as cohort
                      from (%s) p join register_resident r on r.id = p.resident_id)
                select action, stairwell_id, cohort, count(distinct resident_id) as residents,
                    count(distinct household_id) as households
                from x group by action, stairwell_id, cohort
                union all
                select action, stairwell_id, null, count(distinct resident_id), count(distinct household_id)
                from x group by action, stairwell_id""".formatted(Cohort.sql("r.birth_date"), source);
    }
}
