package org.gongzhi.voting;

import java.time.OffsetDateTime;

/**
 * A vote closed and its tally is stored. {@code proposalId} names the proposal it decides, if any; {@code passed}
 * is whether it passed. Published inside the closing transaction, so a listener's work commits or fails with it.
 */
public record VoteClosed(long voteId, long communityId, Long proposalId, boolean passed, OffsetDateTime at) {
}
