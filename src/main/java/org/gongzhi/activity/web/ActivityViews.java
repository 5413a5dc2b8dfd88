package org.gongzhi.activity.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.gongzhi.activity.CommunityEvent;
import org.gongzhi.activity.Programme;
import org.gongzhi.activity.Registration;
import org.gongzhi.activity.RegistrationStatus;
import org.gongzhi.community.Cohort;

/** What the API answers about programmes, events and registrations. */
final class ActivityViews {

    private ActivityViews() {
    }

    record ProgrammeView(long id, Long parentId, String code, String name, String purpose) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id(), p.parentId(), p.code(), p.name(), p.purpose());
        }
    }

    record EventView(long id, long programmeId, String programme, String title, String description, String place,
            OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int registered, int waiting, int placesLeft,
            Integer minAge, Integer maxAge, Set<Cohort> cohorts, OffsetDateTime closedAt) {
        static EventView of(CommunityEvent e) {
            return new EventView(e.id(), e.programmeId(), e.programmeName(), e.title(), e.description(), e.place(),
                    e.startsAt(), e.endsAt(), e.capacity(), e.registered(), e.waiting(), e.placesLeft(), e.minAge(),
                    e.maxAge(), e.cohorts(), e.closedAt());
        }
    }

    record EventPage(List<EventView> items, int page, int size, long total) {
    }

    record RegistrationView(long id, long residentId, String name, Long guardianResidentId, String guardianName,
            RegistrationStatus status, Integer waitingPosition, boolean checkedIn, OffsetDateTime registeredAt,
            String onBehalfBy, String consent) {
        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id(), r.residentId(), r.name(), r.guardianResidentId(), r.guardianName(),
                    r.status(), r.status() == RegistrationStatus.WAITING ? r.waitingPosition() : null, r.checkedIn(),
                    r.createdAt(), r.onBehalfBy(), r.consentMethod());
        }
    }
}
