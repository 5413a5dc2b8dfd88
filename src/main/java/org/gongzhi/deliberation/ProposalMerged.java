package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The residents' committee merged a proposal into another; its supports moved over. */
public record ProposalMerged(long proposalId, long communityId, long targetProposalId, OffsetDateTime at) {
}
