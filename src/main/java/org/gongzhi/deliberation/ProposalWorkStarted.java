package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** Work on an adopted proposal started. */
public record ProposalWorkStarted(long proposalId, long communityId, OffsetDateTime at) {
}
