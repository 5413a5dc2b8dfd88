package org.gongzhi.operations.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.gongzhi.operations.UndeliveredEvents;
import org.gongzhi.shared.scheduling.JobLease;

/**
 * Tries again, every few minutes, each event a listener failed to take more than a few minutes ago (a database
 * hiccup, a bug fixed since). Listeners are idempotent, so a second delivery does no harm.
 */
@Component
class RedeliveryJob {

    private final UndeliveredEvents events;
    private final Duration after;
    private final JobLease leases;

    RedeliveryJob(UndeliveredEvents events, @Value("${gongzhi.events.redeliver-after:PT5M}") Duration after, JobLease leases) {
        this.leases = leases;
        this.events = events;
        this.after = after;
    }

    @Scheduled(initialDelayString = "${gongzhi.events.redelivery-delay:PT5M}",
            fixedDelayString = "${gongzhi.events.redelivery-interval:PT5M}")
    void redeliver() {
        leases.runAlone("event-redelivery", Duration.ofMinutes(2), Duration.ofMinutes(30), () -> {
            events.redeliverOlderThan(after);
        });
    }
}
