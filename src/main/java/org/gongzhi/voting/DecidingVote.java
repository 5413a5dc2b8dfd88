package org.gongzhi.voting;

/**
 * The vote that decides a proposal, as the proposal's page shows it to one viewer: {@code visible} says whether the
 * viewer may open it (a draft is seen only by those who run it), {@code outcome} is set once it has closed.
 */
public record DecidingVote(long id, String title, VoteState state, VoteResult.Outcome outcome, boolean visible) {
}
