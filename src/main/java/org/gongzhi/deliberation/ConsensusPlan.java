package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/**
 * The plan a deliberation meeting recorded for a proposal, as the follow-up (a micro-renewal project) takes it
 * over: what is to be done, its cost in fen, who pays and who does what, and whether a project or a work order
 * carries it out.
 */
public record ConsensusPlan(long proposalId, long meetingId, String text, long costFen, String fundingSource,
        String responsibilities, OffsetDateTime recordedAt, FollowUp followUp) {
}
