package org.gongzhi.deliberation;

import org.gongzhi.shared.security.Actor;

/** Who took a step on a proposal, as the timeline remembers it; the system for the support threshold. */
public record ProposalActor(Long accountId, Long residentId, String name) {

    public static final ProposalActor SYSTEM = new ProposalActor(null, null, "system");

    public static ProposalActor of(Actor actor) {
        return new ProposalActor(actor.accountId(), actor.residentId(), actor.displayName());
    }
}
