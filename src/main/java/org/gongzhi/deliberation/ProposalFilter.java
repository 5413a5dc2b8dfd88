package org.gongzhi.deliberation;

/**
 * What a list of proposals is narrowed to (null means any; {@code awaitingCommittee}: only those that wait for the
 * residents' committee, see {@link ProposalQueries#AWAITING_COMMITTEE}) and how it is sorted.
 */
public record ProposalFilter(ProposalState state, ProposalCategory category, ProposalPlace place,
        boolean awaitingCommittee, Sort sort, int page, int size) {

    /** The orders a list can be read in. */
    public enum Sort {
        NEWEST,
        MOST_SUPPORTED
    }

    public ProposalFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public ProposalFilter(ProposalState state, ProposalCategory category, ProposalPlace place, Sort sort, int page,
            int size) {
        this(state, category, place, false, sort, page, size);
    }

    /** The proposals that wait for the residents' committee, newest first. */
    public static ProposalFilter awaitingCommittee(ProposalState state, int page, int size) {
        return new ProposalFilter(state, null, null, true, Sort.NEWEST, page, size);
    }
}
