package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The residents did not adopt a proposal. */
public record ProposalNotAdopted(long proposalId, long communityId, String reason, OffsetDateTime at) {
}
