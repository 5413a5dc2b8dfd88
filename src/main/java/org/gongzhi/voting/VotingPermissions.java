package org.gongzhi.voting;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/** Who may use which of the voting module's tools. */
@Component
public class VotingPermissions {

    /** The owners' committee runs owners' votes; the residents' committee and administrators support it. */
    public boolean canUseTallyCalculator(Actor actor) {
        return actor.hasAny(Role.OC_MEMBER, Role.RC_STAFF, Role.ADMIN);
    }
}
