package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The residents' committee rejected a proposal, giving its reason. */
public record ProposalRejected(long proposalId, long communityId, String reason, OffsetDateTime at) {
}
