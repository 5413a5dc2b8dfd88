package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A resident the team visits regularly, every {@code everyDays} days as agreed, with the volunteers paired with them
 * and the day of the last visit, if any.
 */
public record CareRecipient(long id, long teamId, long residentId, String name, LocalDate birthDate, String home,
        CareReason reason, int everyDays, String note, OffsetDateTime addedAt, LocalDate lastVisit,
        List<Pairing> volunteers) {

    /** The day the next visit is due: the agreed days after the last visit, or after being added. */
    public LocalDate due(java.time.ZoneId zone) {
        LocalDate from = lastVisit != null ? lastVisit : addedAt.atZoneSameInstant(zone).toLocalDate();
        return from.plusDays(everyDays);
    }

    public boolean overdue(LocalDate today, java.time.ZoneId zone) {
        return due(zone).isBefore(today);
    }

    public boolean pairedWith(Long residentId) {
        return residentId != null && volunteers.stream().anyMatch(p -> p.residentId() == residentId);
    }

    /** A volunteer paired with the person. */
    public record Pairing(long residentId, String name) {
    }

    CareRecipient with(List<Pairing> pairs) {
        return new CareRecipient(id, teamId, residentId, name, birthDate, home, reason, everyDays, note, addedAt,
                lastVisit, pairs);
    }
}
