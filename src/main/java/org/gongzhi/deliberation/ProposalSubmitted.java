package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** A resident submitted a proposal; it is open to everybody's support. */
public record ProposalSubmitted(long proposalId, long communityId, ProposalCategory category, OffsetDateTime at) {
}
