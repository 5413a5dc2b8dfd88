package org.gongzhi.activity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.activity.EventReminders;
import org.gongzhi.shared.scheduling.JobLease;

/** Every quarter of an hour, reminds each community's registered participants of events starting within a day. */
@Component
class EventReminderJob {

    private static final Logger log = LoggerFactory.getLogger(EventReminderJob.class);

    private final EventReminders reminders;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JobLease leases;

    EventReminderJob(EventReminders reminders, JdbcClient jdbc, Clock clock, JobLease leases) {
        this.leases = leases;
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${gongzhi.activity.reminder-delay:PT2M}",
            fixedDelayString = "${gongzhi.activity.reminder-interval:PT15M}")
    void remind() {
        leases.runAlone("event-reminders", Duration.ofMinutes(5), Duration.ofMinutes(30), () -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int reminded = jdbc.sql("select id from register_community").query(Long.class).list().stream()
                    .mapToInt(community -> reminders.remind(community, now)).sum();
            if (reminded > 0) {
                log.info("Reminded {} registrations of events starting within a day", reminded);
            }
        });
    }
}
