package org.gongzhi.activity;

import java.time.OffsetDateTime;

/** One resident's place at an event (or place in the queue), as its household and staff see it. */
public record Registration(long id, long eventId, long residentId, String name, Long guardianResidentId,
        String guardianName, RegistrationStatus status, boolean byStaff, OffsetDateTime createdAt,
        OffsetDateTime checkedInAt, int waitingPosition) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }
}
