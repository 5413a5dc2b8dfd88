package org.gongzhi.deliberation;

import java.util.List;

/** A resident's drafts, the proposals they raised and those they follow. */
public record MyProposals(List<ProposalSummary> drafts, List<ProposalSummary> raised,
        List<ProposalSummary> followed) {
}
