package org.gongzhi.deliberation.web;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.proposal.ProposalTriage;

/**
 * The committee's triage, from a form or the API: {@code {"action": "MERGE", "targetId": 12}},
 * {@code {"action": "REJECT", "reason": …}} or {@code {"action": "PUT_ON_AGENDA", "meeting": "12月5日 居委会"}}.
 */
public record TriageRequest(String action, String reason, Long targetId, String meeting) {

    ProposalTriage toTriage() {
        return new ProposalTriage(Choices.required(ProposalAction.class, action, "action"), reason, targetId,
                meeting);
    }
}
