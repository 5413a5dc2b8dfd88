package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One visit: who went, when, how the person was, and any need raised with the work order it became. */
public record CareVisit(long id, long recipientId, long volunteerResidentId, String volunteerName, LocalDate visitedOn,
        Wellbeing wellbeing, String note, String need, Long caseId, String recordedBy, OffsetDateTime recordedAt) {
}
