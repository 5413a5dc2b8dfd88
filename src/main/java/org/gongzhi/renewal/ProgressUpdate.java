package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One progress update on the project's timeline; the photo, if any, is served by the project's pages. */
public record ProgressUpdate(long id, LocalDate reportedOn, int percentDone, String note, boolean photo,
        String recordedBy, OffsetDateTime recordedAt) {
}
