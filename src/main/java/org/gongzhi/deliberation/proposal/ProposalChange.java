package org.gongzhi.deliberation.proposal;

import java.time.OffsetDateTime;
import org.gongzhi.deliberation.ProposalState;

/** One step on a proposal's timeline: what happened, from which state to which, and why. */
public record ProposalChange(String action, ProposalState from, ProposalState to, String reason, OffsetDateTime at) {

    public static final String CREATED = "CREATE";
    public static final String THRESHOLD_REACHED = "THRESHOLD";
}
