package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A request for help paid from the time bank: who asks which team for what, and who served it for how long. */
public record TimeRequest(long id, long teamId, String teamName, long requesterResidentId, String requesterName,
        String what, LocalDate wantedOn, int minutes, TimeRequestStatus status, OffsetDateTime requestedAt,
        Long helperResidentId, String helperName, Integer servedMinutes) {
}
