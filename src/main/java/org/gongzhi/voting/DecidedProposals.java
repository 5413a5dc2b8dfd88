package org.gongzhi.voting;

import java.util.Optional;

/**
 * The proposals (议题) a vote may decide, as voting needs to know them. Voting names a proposal by its id only and
 * asks this interface about it; the deliberation module answers, so voting does not depend on deliberation.
 */
public interface DecidedProposals {

    /** The proposal, if the community has one with this id. */
    Optional<Subject> find(long communityId, long proposalId);

    /**
     * Like {@link #find}, and holds the proposal until the caller's transaction ends, so that nobody decides it by
     * hand while a vote is being set up to decide it.
     */
    Optional<Subject> hold(long communityId, long proposalId);

    /** The proposal of this title that waits for the residents' decision now; the demo names its proposals so. */
    Optional<Subject> awaitingDecision(long communityId, String title);

    /**
     * A proposal as a vote shows it: its title, a text to start the vote's description from (the proposal and its
     * agreed plan), and whether it waits for the residents' decision now.
     */
    record Subject(long id, String title, String summary, boolean awaitingDecision) {
    }
}
