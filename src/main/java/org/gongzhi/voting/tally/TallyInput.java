package org.gongzhi.voting.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;

/**
 * A statutory check as typed into the page or sent to the API, every field still text (areas in m², e.g.
 * "36000.00"). {@link #tally} is the single place where those texts are checked, including that a count of owners
 * and their area are zero together or not at all.
 */
public record TallyInput(String matterItem, String totalOwners, String totalArea, String participatingOwners,
        String participatingArea, String agreeingOwners, String agreeingArea) {

    private static final String REQUIRED = "voting.validation.required";
    private static final String NOT_AN_ITEM = "voting.validation.matterItem";
    private static final String NO_OWNERS_WITH_AREA = "voting.validation.noOwnersWithArea";
    private static final String NO_AREA_WITH_OWNERS = "voting.validation.noAreaWithOwners";

    /** The tally of these figures, or every problem at once, each naming its field. */
    public StatutoryTally tally() {
        List<Problem> problems = new ArrayList<>();
        MatterItem item = item(problems);
        Long total = read("totalOwners", totalOwners, Measure.PERSONS, problems);
        Long participating = read("participatingOwners", participatingOwners, Measure.PERSONS, problems);
        Long agreeing = read("agreeingOwners", agreeingOwners, Measure.PERSONS, problems);
        Area totalM2 = area("totalArea", totalArea, problems);
        Area participatingM2 = area("participatingArea", participatingArea, problems);
        Area agreeingM2 = area("agreeingArea", agreeingArea, problems);
        problems.addAll(VoteCounts.inconsistencies(total, totalM2, participating, participatingM2, agreeing,
                agreeingM2));
        if (positive(total) && totalM2 != null && totalM2.hundredths() > 0) {
            pair(problems, "participatingOwners", participating, "participatingArea", participatingM2);
            pair(problems, "agreeingOwners", agreeing, "agreeingArea", agreeingM2);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new StatutoryTally(item,
                new VoteCounts(total, totalM2, participating, participatingM2, agreeing, agreeingM2));
    }

    /**
     * Owners bring their area with them: a count of none with an area, or owners without one, is a figure typed in
     * the wrong box or forgotten, and the zero is named. Checked only when the totals are usable (else the total's
     * own problem says it).
     */
    private static void pair(List<Problem> problems, String ownersField, Long owners, String areaField, Area area) {
        if (owners == null || area == null) {
            return;
        }
        if (owners == 0 && area.hundredths() > 0) {
            problems.add(new Problem(ownersField, NO_OWNERS_WITH_AREA));
        } else if (owners > 0 && area.hundredths() == 0) {
            problems.add(new Problem(areaField, NO_AREA_WITH_OWNERS));
        }
    }

    private static boolean positive(Long count) {
        return count != null && count > 0;
    }

    private MatterItem item(List<Problem> problems) {
        if (missing("matterItem", matterItem, problems)) {
            return null;
        }
        Optional<MatterItem> item = MatterItem.numbered(matterItem);
        if (item.isEmpty()) {
            problems.add(new Problem("matterItem", NOT_AN_ITEM));
        }
        return item.orElse(null);
    }

    private static Area area(String field, String text, List<Problem> problems) {
        Long hundredths = read(field, text, Measure.AREA, problems);
        return hundredths == null ? null : new Area(hundredths);
    }

    /** The figure in whole units of the measure, or null after recording why it cannot be read. */
    private static Long read(String field, String text, Measure measure, List<Problem> problems) {
        if (missing(field, text, problems)) {
            return null;
        }
        try {
            return measure.parse(text);
        } catch (UnreadableNumber e) {
            problems.add(new Problem(field, measure.problemCode(e.reason())));
            return null;
        }
    }

    private static boolean missing(String field, String text, List<Problem> problems) {
        boolean missing = text == null || text.isBlank();
        if (missing) {
            problems.add(new Problem(field, REQUIRED));
        }
        return missing;
    }
}
