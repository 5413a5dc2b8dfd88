package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** A proposal was put to the residents' decision (民事民决). */
public record ProposalPutToDecision(long proposalId, long communityId, OffsetDateTime at) {
}
