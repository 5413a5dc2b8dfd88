package org.gongzhi.deliberation.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.Party;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalTransitionRefused;
import org.gongzhi.shared.web.RefusalMessages;

/** A refused proposal or meeting step in words, naming the step, the state and the party by their labels. */
@Component
class ProposalRefusalMessages {

    private static final Map<Class<?>, String> LABELS = Map.of(ProposalAction.class, "proposal.action.",
            ProposalState.class, "proposal.state.", Party.class, "meeting.party.");

    private final RefusalMessages refusals;

    ProposalRefusalMessages(RefusalMessages refusals) {
        this.refusals = refusals;
    }

    String text(ProposalTransitionRefused refused) {
        return refusals.text(refused, LABELS);
    }
}
