package org.gongzhi.activity;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds those with a place at an event that it starts within a day, once per registration: each registration is
 * claimed by setting its reminder time where none is set, in the transaction that publishes
 * {@link EventStartingSoon}, so the job running twice, after a restart or on two instances at once, reminds nobody
 * twice (the second claim waits for the first's row lock, then finds the time set). A place taken from the waiting
 * list within the day is reminded on the next run.
 */
@Service
public class EventReminders {

    /** How long before an event its participants are reminded. */
    public static final Duration AHEAD = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    EventReminders(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** Reminds the registrations of the community's events starting within a day; answers how many now. */
    @Transactional
    public int remind(long communityId, OffsetDateTime now) {
        List<EventStartingSoon> due = jdbc.sql("""
                select r.id, r.event_id, r.resident_id, r.guardian_resident_id, e.title, e.place, e.starts_at
                from activity_registration r join activity_event e on e.id = r.event_id
                where r.community_id = ? and e.community_id = ? and r.status = 'REGISTERED' and r.reminded_at is null
                and e.closed_at is null and e.starts_at > ? and e.starts_at <= ? order by e.starts_at, r.id""")
                .params(communityId, communityId, now, now.plus(AHEAD))
                .query((rs, n) -> new EventStartingSoon(communityId, rs.getLong(2), rs.getLong(1), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
        int reminded = 0;
        for (EventStartingSoon soon : due) {
            if (jdbc.sql("update activity_registration set reminded_at = ? where id = ? and reminded_at is null")
                    .params(now, soon.registrationId()).update() == 1) {
                publisher.publishEvent(soon);
                reminded++;
            }
        }
        return reminded;
    }
}
