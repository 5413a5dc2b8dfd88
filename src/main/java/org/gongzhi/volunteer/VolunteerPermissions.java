package org.gongzhi.volunteer;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what with teams and service: everyone in the community sees the teams and their honour boards and asks
 * to join; a team's leader decides on requests and records and corrects its members' service; residents' committee
 * staff do all of that for every team and set teams up. Each person sees their own service; a leader sees their
 * team's.
 */
@Component
public class VolunteerPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    public boolean mayManage(Actor actor) {
        return mayRead(actor) && actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    public boolean mayLead(Actor actor, Team team) {
        return mayManage(actor) || mayRead(actor) && team.ledBy(actor.residentId());
    }
}
