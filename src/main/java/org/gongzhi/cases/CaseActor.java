package org.gongzhi.cases;

import org.gongzhi.shared.security.Actor;

/** Who took a step on a work order, as the timeline remembers it; the system for scheduled steps. */
public record CaseActor(Long accountId, Long residentId, String name) {

    public static final CaseActor SYSTEM = new CaseActor(null, null, "system");

    public static CaseActor of(Actor actor) {
        return new CaseActor(actor.accountId(), actor.residentId(), actor.displayName());
    }
}
