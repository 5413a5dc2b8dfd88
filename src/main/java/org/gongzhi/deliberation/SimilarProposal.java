package org.gongzhi.deliberation;

import java.util.List;

/** A proposal like the one about to be raised, and why: the same category and place, or shared title words. */
public record SimilarProposal(ProposalSummary proposal, boolean sameCategoryAndPlace, List<String> sharedWords) {
}
