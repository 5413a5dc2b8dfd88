package org.gongzhi.deliberation.meeting;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what at a deliberation meeting: the residents' committee creates and runs it and may record any
 * party's answer or signature (for another party it is recorded on behalf of a person present, 代录); the owners'
 * committee, the property company and the residents' representatives answer and sign for themselves, each with its
 * own account (a representative only for proposals within the building or grid and the term it represents, which
 * {@link MeetingHandling} checks against the proposal's place).
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
        return mayRun(actor) || ownParty(actor, party);
    }

    /** The party the actor's own role speaks for; a representative's scope is checked per proposal. */
    public boolean ownParty(Actor actor, Party party) {
        return mayRead(actor) && party != null && switch (party) {
            case RESIDENTS_COMMITTEE -> actor.has(Role.RC_STAFF);
            case OWNERS_COMMITTEE -> actor.has(Role.OC_MEMBER);
            case PROPERTY_COMPANY -> actor.has(Role.PM_STAFF);
            case RESIDENT_REPRESENTATIVES -> actor.has(Role.RESIDENT_REPRESENTATIVE);
        };
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
