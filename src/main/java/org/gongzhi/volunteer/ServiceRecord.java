package org.gongzhi.volunteer;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of service: who served which team on which day for how many minutes, doing what, verified by whom. A
 * correction names the entry it corrects ({@code correctsId}) and why; an entry someone has corrected
 * ({@code superseded}) no longer counts.
 */
public record ServiceRecord(long id, long teamId, String teamName, long residentId, String name, LocalDate servedOn,
        int minutes, String activity, String whatDone, ServiceSource source, Long correctsId, String reason,
        String verifiedBy, OffsetDateTime recordedAt, boolean superseded) {
}
