package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/**
 * A proposal moved from one stage to the next, whatever the step: published beside the step's own event, so that
 * who follows proposals (the raiser, the residents following it) hears of every stage without knowing each step.
 */
public record ProposalStageChanged(long proposalId, long communityId, ProposalState from, ProposalState to,
        OffsetDateTime at) {
}
