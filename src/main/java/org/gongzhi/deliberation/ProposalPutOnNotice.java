package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The plan agreed for a proposal was put on public notice (公示). */
public record ProposalPutOnNotice(long proposalId, long communityId, OffsetDateTime at) {
}
