package org.gongzhi.deliberation;

import java.time.OffsetDateTime;

/** A proposal in a list: what, where, how far along and how many support, discuss and follow it. */
public record ProposalSummary(long id, String title, ProposalCategory category, ProposalPlace place,
        ProposalState state, OffsetDateTime raisedAt, long supports, long comments, long followers,
        Long mergedIntoId) {
}
