package org.gongzhi.deliberation.meeting;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what at a deliberation meeting: the residents' committee creates and runs it and may record any
 * party's answer or signature; the owners' committee and the property company answer and sign for themselves.
 */
@Component
public class MeetingPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    public boolean mayRun(Actor actor) {
        return mayRead(actor) && actor.has(Role.RC_STAFF);
    }

    public boolean mayActFor(Actor actor, Party party) {
        if (mayRun(actor)) {
            return true;
        }
        return mayRead(actor) && (party == Party.OWNERS_COMMITTEE && actor.has(Role.OC_MEMBER)
                || party == Party.PROPERTY_COMPANY && actor.has(Role.PM_STAFF));
    }

    /** Whether the actor may answer or sign for at least one party. */
    public boolean mayActForAny(Actor actor) {
        for (Party party : Party.values()) {
            if (mayActFor(actor, party)) {
                return true;
            }
        }
        return false;
    }
}
