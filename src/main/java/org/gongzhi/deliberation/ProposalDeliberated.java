package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** The four parties deliberated a proposal (四议共答). */
public record ProposalDeliberated(long proposalId, long communityId, OffsetDateTime at) {
}
