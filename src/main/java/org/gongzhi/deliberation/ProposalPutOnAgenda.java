package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** A proposal was put on a deliberation meeting's agenda, by the committee or by reaching the support threshold. */
public record ProposalPutOnAgenda(long proposalId, long communityId, boolean byThreshold, String meeting,
        OffsetDateTime at) {
}
