package org.gongzhi.renewal;

import org.gongzhi.shared.domain.Money;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a project's history. Which details are set depends on the kind: the proposal a project was set up
 * for, the percentage posted, the amount paid (fen), or the plan fields corrected with the budget before and after
 * (fen) and the reason. The actor is null where nobody was recorded (a project opened when its proposal was adopted,
 * or history derived from older records).
 */
public record ProjectEvent(long id, ProjectEventKind kind, OffsetDateTime occurredAt, String actor, Long proposalId,
        Integer percentDone, Long amountFen, List<String> fields, Long budgetFromFen, Long budgetToFen,
        String reason) {

    public ProjectEvent {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The plan was corrected and its budget changed with it. */
    public boolean budgetChanged() {
        return budgetFromFen != null && budgetToFen != null && !budgetFromFen.equals(budgetToFen);
    }

    public String amountYuan() {
        return amountFen == null ? null : Money.grouped(amountFen);
    }

    public String budgetFromYuan() {
        return budgetFromFen == null ? null : Money.grouped(budgetFromFen);
    }

    public String budgetToYuan() {
        return budgetToFen == null ? null : Money.grouped(budgetToFen);
    }

    static ProjectEvent of(ProjectEventKind kind, OffsetDateTime at, String actor) {
        return new ProjectEvent(0, kind, at, actor, null, null, null, null, null, null, null);
    }
}
