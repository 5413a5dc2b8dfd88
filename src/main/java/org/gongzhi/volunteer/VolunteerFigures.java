package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.figures.AgeBands;
import org.gongzhi.shared.figures.Participation;
import org.gongzhi.shared.jdbc.Rows;

/** Volunteering's own figures for the dashboard: who served, and the hours served, by stairwell of residence. */
@Service
public class VolunteerFigures {

    /** Minutes of verified service (corrections applied) by volunteers living in one stairwell. */
    public record ServiceMinutes(long stairwellId, long minutes) {
    }

    // a record a later correction replaces no longer counts
    private static final String SERVED = """
            from volunteer_service s where s.community_id = :community and s.served_on between :from and :to
                and not exists (select 1 from volunteer_service c where c.corrects_id = s.id)""";

    private final JdbcClient jdbc;

    VolunteerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents with service that counts on a day from {@code from} to {@code to}, both included. */
    public List<Participation> participation(long communityId, LocalDate from, LocalDate to, AgeBands bands,
            LocalDate on) {
        Map<String, Object> params = new HashMap<>(bands.params(on));
        params.putAll(params(communityId, from, to));
        return jdbc.sql(Participation.countedFrom("select 'VOLUNTEERED' as action, s.resident_id " + SERVED
                + " and s.minutes > 0", bands))
                .params(params)
                .query(Rows.of(Participation.class))
                .list();
    }

    public List<ServiceMinutes> minutesByStairwell(long communityId, LocalDate from, LocalDate to) {
        return jdbc.sql("select r.stairwell_id, sum(s.minutes) as minutes from (select s.resident_id, s.minutes "
                + SERVED + ") s join register_resident r on r.id = s.resident_id and r.community_id = :community"
                + " group by r.stairwell_id")
                .params(params(communityId, from, to))
                .query(Rows.of(ServiceMinutes.class))
                .list();
    }

    private static Map<String, Object> params(long communityId, LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        params.put("community", communityId);
        params.put("from", from);
        params.put("to", to);
        return params;
    }
}
