package org.gongzhi.deliberation.proposal;

import java.util.List;
import org.gongzhi.deliberation.ProposalSummary;

/** A proposal like the one about to be raised, and why: the same category and place, or shared title words. */
public record SimilarProposal(ProposalSummary proposal, boolean sameCategoryAndPlace, List<String> sharedWords) {
}
