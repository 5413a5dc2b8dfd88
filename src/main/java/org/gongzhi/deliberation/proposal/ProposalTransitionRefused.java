package org.gongzhi.deliberation.proposal;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.shared.domain.Refused;

/**
 * A step a proposal does not allow now. The code and arguments (enum constants) name the message shown to
 * people; the exception message is the same in plain English for logs.
 */
public class ProposalTransitionRefused extends Refused {

    public ProposalTransitionRefused(String code, String english, Object... args) {
        super(code, english, args);
    }

    static ProposalTransitionRefused wrongState(ProposalAction action, ProposalState state) {
        return new ProposalTransitionRefused("proposal.refused.state",
                "cannot " + action + " a proposal that is " + state, action, state);
    }
}
