package org.gongzhi.deliberation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalTriage;

/**
 * The committee's triage, from a form or the API: {@code {"action": "MERGE", "targetId": 12}},
 * {@code {"action": "REJECT", "reason": …}} or {@code {"action": "PUT_ON_AGENDA", "meeting": "12月5日 居委会"}}.
 */
public record TriageRequest(@NotBlank String action, @Size(max = Proposal.MAX_REASON) String reason, Long targetId,
        @Size(max = Proposal.MAX_MEETING) String meeting) {

    ProposalTriage toTriage() {
        return new ProposalTriage(Choices.required(ProposalAction.class, action, "action"), reason, targetId,
                meeting);
    }
}
