package org.gongzhi.pet.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.pet.PetReminders;

/** Twice a day, tells households of the vaccinations and registrations falling due (each told once). */
@Component
class PetReminderJob {

    private static final Logger log = LoggerFactory.getLogger(PetReminderJob.class);

    private final PetReminders reminders;
    private final JdbcClient jdbc;

    PetReminderJob(PetReminders reminders, JdbcClient jdbc) {
        this.reminders = reminders;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${gongzhi.pets.reminder-delay:PT3M}",
            fixedDelayString = "${gongzhi.pets.reminder-interval:PT12H}")
    void announce() {
        int announced = jdbc.sql("select id from register_community").query(Long.class).list().stream()
                .mapToInt(reminders::announce).sum();
        log.info("Announced {} pet reminders", announced);
    }
}
