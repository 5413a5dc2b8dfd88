package org.gongzhi.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.figures.AgeBands;
import org.gongzhi.shared.figures.Participation;

/** Activities' own figures for the dashboard: who came to an event (checked in), by stairwell and generation. */
@Service
public class ActivityFigures {

    private final JdbcClient jdbc;

    ActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Residents checked in at an event in [from, until). */
    public List<Participation> participation(long communityId, OffsetDateTime from, OffsetDateTime until,
            AgeBands bands, LocalDate on) {
        return Participation.count(jdbc, """
                select 'ATTENDED' as action, resident_id from activity_registration
                where community_id = :community and checked_in_at >= :from and checked_in_at < :until""",
                bands, on, communityId, from, until);
    }
}
