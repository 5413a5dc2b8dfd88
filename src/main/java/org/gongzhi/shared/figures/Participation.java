package org.gongzhi.shared.figures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.shared.jdbc.Rows;

/**
 * How many residents, and of how many households, took part in one way in one stairwell, of one age band or
 * (band null) of all: the shape in which every module reports who took part, so the dashboard can add them up by
 * grid and generation.
 */
public record Participation(String action, long stairwellId, String band, long residents, long households) {

    /**
     * The grouped query around {@code source}, a select of {@code action, resident_id} rows: counts distinct
     * residents and households per action, stairwell and band, and again per action and stairwell over all bands
     * (band null), since a household with members of two generations is one household there. Reads the register's
     * published view of residents, of the community only ({@code :community}): unnamed, PostgreSQL joined the whole
     * district's residents, households and units to find one community's; bind {@link AgeBands#params} too.
     */
    public static String countedFrom(String source, AgeBands bands) {
        return """
                with x as (select p.action, p.resident_id, r.household_id, r.stairwell_id, %s as band
                      from (%s) p join register_resident r on r.id = p.resident_id and r.community_id = :community)
                select action, stairwell_id, band, count(distinct resident_id) as residents,
                    count(distinct household_id) as households
                from x group by action, stairwell_id, band
                union all
                select action, stairwell_id, null, count(distinct resident_id), count(distinct household_id)
                from x group by action, stairwell_id""".formatted(bands.sql("r.birth_date"), source);
    }

    /**
     * Runs {@link #countedFrom} for one community's period: {@code source} binds {@code :community}, {@code :from} and
     * {@code :until} (from included, until not), and ages are taken on {@code on}.
     */
    public static List<Participation> count(JdbcClient jdbc, String source, AgeBands bands, LocalDate on,
            long communityId, OffsetDateTime from, OffsetDateTime until) {
        Map<String, Object> params = new HashMap<>(bands.params(on));
        params.put("community", communityId);
        params.put("from", from);
        params.put("until", until);
        return jdbc.sql(countedFrom(source, bands)).params(params).query(Rows.of(Participation.class)).list();
    }
}
