package org.gongzhi.voting.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.tally.UnreadableNumber.Reason;

/**
 * The figures of one owners' vote, each counted by 最高法 建筑物区分所有权解释 第8–9条: all owners, those who took
 * part (abstentions included) and those who agreed, by headcount and by exclusive floor area.
 */
public record VoteCounts(long totalOwners, Area totalArea, long participatingOwners, Area participatingArea,
        long agreeingOwners, Area agreeingArea) {

    private static final String NO_OWNERS = "voting.validation.noOwners";
    private static final String NO_AREA = "voting.validation.noArea";
    private static final String EXCEEDS_TOTAL = "voting.validation.exceedsTotal";
    private static final String EXCEEDS_PARTICIPATING = "voting.validation.exceedsParticipating";

    public VoteCounts {
        Objects.requireNonNull(totalArea, "totalArea");
        Objects.requireNonNull(participatingArea, "participatingArea");
        Objects.requireNonNull(agreeingArea, "agreeingArea");
        List<Problem> problems = inconsistencies(totalOwners, totalArea, participatingOwners, participatingArea,
                agreeingOwners, agreeingArea);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /**
     * Every way the figures contradict each other, each naming its field; a figure that could not be read is
     * passed as null and skipped.
     */
    static List<Problem> inconsistencies(Long totalOwners, Area totalArea, Long participatingOwners,
            Area participatingArea, Long agreeingOwners, Area agreeingArea) {
        List<Problem> problems = new ArrayList<>();
        notNegative(problems, "totalOwners", totalOwners);
        notNegative(problems, "participatingOwners", participatingOwners);
        notNegative(problems, "agreeingOwners", agreeingOwners);
        if (totalOwners != null && totalOwners == 0) {
            problems.add(new Problem("totalOwners", NO_OWNERS));
        }
        if (totalArea != null && totalArea.hundredths() == 0) {
            problems.add(new Problem("totalArea", NO_AREA));
        }
        atMost(problems, "participatingOwners", participatingOwners, totalOwners, EXCEEDS_TOTAL);
        atMost(problems, "participatingArea", participatingArea, totalArea, EXCEEDS_TOTAL);
        atMost(problems, "agreeingOwners", agreeingOwners, participatingOwners, EXCEEDS_PARTICIPATING);
        atMost(problems, "agreeingArea", agreeingArea, participatingArea, EXCEEDS_PARTICIPATING);
        return problems;
    }

    private static void notNegative(List<Problem> problems, String field, Long count) {
        if (count != null && count < 0) {
            problems.add(new Problem(field, Measure.PERSONS.problemCode(Reason.NEGATIVE)));
        }
    }

    private static <T extends Comparable<T>> void atMost(List<Problem> problems, String field, T part, T whole,
            String code) {
        if (part != null && whole != null && part.compareTo(whole) > 0) {
            problems.add(new Problem(field, code));
        }
    }
}
