package org.gongzhi.cases;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One work order as a given viewer may see it: the reporter's name only when they may know it, the photos and
 * the timeline of every step.
 */
public record CaseDetails(@JsonUnwrapped CaseSummary summary, boolean anonymous, String reporterName,
        boolean reportedByViewer, String outsideDepartment, String ratingComment, List<Photo> photos,
        List<CaseStep> timeline) {

    /** A photo of the problem or of the fix. */
    public record Photo(long id, String purpose, String url) {
    }

    /** One step of the timeline; {@code actor} is null when it was the anonymous reporter. */
    public record CaseStep(OffsetDateTime at, String action, CaseState from, CaseState to, String actor, String note) {
    }
}
