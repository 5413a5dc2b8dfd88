package org.gongzhi.pet.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.pet.PetReminders;
import org.gongzhi.shared.scheduling.JobLease;

import java.time.Duration;

/** Twice a day, tells households of the vaccinations and registrations falling due (each told once). */
@Component
class PetReminderJob {

    private static final Logger log = LoggerFactory.getLogger(PetReminderJob.class);

    private final PetReminders reminders;
    private final JdbcClient jdbc;
    private final JobLease leases;

    PetReminderJob(PetReminders reminders, JdbcClient jdbc, JobLease leases) {
        this.leases = leases;
        this.reminders = reminders;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${gongzhi.pets.reminder-delay:PT3M}",
            fixedDelayString = "${gongzhi.pets.reminder-interval:PT12H}")
    void announce() {
        leases.runAlone("pet-reminders", Duration.ofHours(1), Duration.ofHours(1), () -> {
            int announced = jdbc.sql("select id from register_community").query(Long.class).list().stream()
                    .mapToInt(reminders::announce).sum();
            log.info("Announced {} pet reminders", announced);
        });
    }
}
