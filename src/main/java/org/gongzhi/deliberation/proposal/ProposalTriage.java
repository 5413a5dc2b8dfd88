package org.gongzhi.deliberation.proposal;

import org.gongzhi.deliberation.ProposalAction;

/**
 * The residents' committee's decision on a submitted proposal: reject it (with a reason), merge it into another
 * (the target), or put it on a deliberation meeting's agenda (the meeting's date and place in words, optional).
 */
public record ProposalTriage(ProposalAction action, String reason, Long targetId, String meeting) {
}
