package org.gongzhi.deliberation;

/** What a list of proposals is narrowed to (null means any) and how it is sorted. */
public record ProposalFilter(ProposalState state, ProposalCategory category, ProposalPlace place, Sort sort,
        int page, int size) {

    /** The orders a list can be read in. */
    public enum Sort {
        NEWEST,
        MOST_SUPPORTED
    }

    public ProposalFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }
}
