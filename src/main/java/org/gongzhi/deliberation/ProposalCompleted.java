package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The work of an adopted proposal is done. */
public record ProposalCompleted(long proposalId, long communityId, OffsetDateTime at) {
}
