package org.gongzhi.patrol;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A patrol record in a list: when, which branch, what was studied, how many came and how much was found. */
public record PatrolRecordSummary(long id, int branchNumber, String branchName, LocalDate patrolDate,
        String studyTopic, int attendees, int findings, OffsetDateTime closedAt) {
}
