package org.gongzhi.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;

import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;

/**
 * The events between modules that have not reached every listener yet. A listener that failed is tried again by a
 * job and on every start; administrators see what is outstanding and may have it delivered at once.
 */
@Service
public class UndeliveredEvents {

    static final String SUBJECT = "event_publication";

    private final EventPublicationRepository publications;
    private final IncompleteEventPublications incomplete;
    private final AuditTrail audit;

    UndeliveredEvents(EventPublicationRepository publications, IncompleteEventPublications incomplete,
            AuditTrail audit) {
        this.publications = publications;
        this.incomplete = incomplete;
        this.audit = audit;
    }

    public List<UndeliveredEvent> list(Actor actor) {
        Permissions.require(mayOperate(actor));
        return publications.findIncompletePublications().stream()
                .sorted(Comparator.comparing(TargetEventPublication::getPublicationDate))
                .map(UndeliveredEvents::view).toList();
    }

    /** Delivers every outstanding event again now; returns how many were outstanding. */
    public int redeliver(Actor actor) {
        Permissions.require(mayOperate(actor));
        int outstanding = publications.findIncompletePublications().size();
        incomplete.resubmitIncompletePublications(publication -> true);
        audit.record(actor.communityId(), "EVENTS_REDELIVERED", SUBJECT, null, outstanding + " outstanding");
        return outstanding;
    }

    /** Delivers again what has waited longer than {@code after}; the job's part, not a person's. */
    public void redeliverOlderThan(Duration after) {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }

    public boolean mayOperate(Actor actor) {
        return actor != null && actor.has(Role.ADMIN);
    }

    private static UndeliveredEvent view(TargetEventPublication publication) {
        String listener = publication.getTargetIdentifier().getValue();
        return new UndeliveredEvent(publication.getIdentifier().toString(),
                publication.getEvent().getClass().getSimpleName(), shortened(listener),
                publication.getPublicationDate(), publication.getStatus().name(),
                publication.getCompletionAttempts(), publication.getLastResubmissionDate());
    }

    /** {@code org.gongzhi.renewal.internal.AdoptedProposals.on(org.gongzhi…)} → {@code AdoptedProposals.on}. */
    private static String shortened(String listener) {
        String method = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
        String[] parts = method.split("\\.");
        if (parts.length < 2) {
            return method;
        }
        String type = parts[parts.length - 2];
        return type.substring(type.lastIndexOf('$') + 1) + "." + parts[parts.length - 1];
    }
}
