package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The residents adopted a proposal. */
public record ProposalAdopted(long proposalId, long communityId, OffsetDateTime at) {
}
