package org.gongzhi.activity;

import java.time.OffsetDateTime;

/**
 * One resident's place at an event (or place in the queue), as its household and staff see it. The door code is what
 * the resident shows at the door as a QR code; rows from before door codes have none until first shown. A place taken
 * for a resident without a phone (代办) names the helper ({@code onBehalfBy}) and how the resident agreed.
 */
public record Registration(long id, long eventId, long residentId, String name, Long guardianResidentId,
        String guardianName, RegistrationStatus status, boolean byStaff, OffsetDateTime createdAt,
        OffsetDateTime checkedInAt, int waitingPosition, String doorCode, String onBehalfBy, String consentMethod) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }

    public boolean active() {
        return status != RegistrationStatus.CANCELLED;
    }

    /** A place that still has to be shown at the door. */
    public boolean awaitsCheckIn() {
        return status == RegistrationStatus.REGISTERED && !checkedIn();
    }
}
