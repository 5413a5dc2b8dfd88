package org.gongzhi.shared.demo;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * The demo tells its stories in order: a step that relies on what an event's listeners do (a vote's close adopting
 * its proposal, the adoption opening a project) waits here until every event published so far was delivered.
 */
@Component
public class EventsDelivered {

    private static final Logger log = LoggerFactory.getLogger(EventsDelivered.class);
    private static final Duration PATIENCE = Duration.ofMinutes(1);

    private final ObjectProvider<EventPublicationRepository> publications;

    EventsDelivered(ObjectProvider<EventPublicationRepository> publications) {
        this.publications = publications;
    }

    public void await() {
        EventPublicationRepository repository = publications.getIfAvailable();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (repository != null && !repository.findIncompletePublications().isEmpty()) {
            if (System.nanoTime() > deadline) {
                log.warn("Demo data goes on with {} events not delivered",
                        repository.findIncompletePublications().size());
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
