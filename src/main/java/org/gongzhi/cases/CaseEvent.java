package org.gongzhi.cases;

import java.time.OffsetDateTime;

/** One step on a work order's timeline: what happened, from which state to which, with an optional note. */
public record CaseEvent(String action, CaseState from, CaseState to, String note, OffsetDateTime at) {

    public static final String REPORTED = "REPORT";
    public static final String ESCALATED = "ESCALATE";
    public static final String RATED = "RATE";
}
