package org.gongzhi.renewal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One round of residents accepting a finished project: who was asked (area and places), until when, the rate it
 * needed, and the answers counted by verdict. The rate is the share of satisfied and basically satisfied answers, in
 * whole percent rounded down; a round with no answers has none and is accepted, as nobody objected.
 */
public record Acceptance(long id, long projectId, int round, AcceptanceArea area, List<String> places,
        OffsetDateTime openedAt, LocalDate closesOn, int passPercent, AcceptanceState state, int satisfied,
        int basicallySatisfied, int notSatisfied, int answers, Integer ratePercent, OffsetDateTime closedAt) {

    /** A round with its answers counted: the total and the rate follow from the three counts. */
    public static Acceptance counted(long id, long projectId, int round, AcceptanceArea area, List<String> places,
            OffsetDateTime openedAt, LocalDate closesOn, int passPercent, AcceptanceState state, int satisfied,
            int basicallySatisfied, int notSatisfied, OffsetDateTime closedAt) {
        int answers = satisfied + basicallySatisfied + notSatisfied;
        Integer rate = answers == 0 ? null : (satisfied + basicallySatisfied) * 100 / answers;
        return new Acceptance(id, projectId, round, area, places, openedAt, closesOn, passPercent, state, satisfied,
                basicallySatisfied, notSatisfied, answers, rate, closedAt);
    }

    /** Whether the answers reach the rate: satisfied and basically satisfied ≥ passPercent % of all (integers). */
    public boolean passes() {
        return answers == 0 || (long) (satisfied + basicallySatisfied) * 100 >= (long) passPercent * answers;
    }

    /** Households may answer: the round is open and its last day has not passed. */
    public boolean takesAnswers(LocalDate today) {
        return state == AcceptanceState.OPEN && !today.isAfter(closesOn);
    }

    /** The last day has passed and the round can be closed. */
    public boolean due(LocalDate today) {
        return state == AcceptanceState.OPEN && today.isAfter(closesOn);
    }

    public String placesText() {
        return String.join("、", places);
    }
}
