package org.gongzhi.activity;

import org.springframework.stereotype.Component;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;

/**
 * Who may do what with programmes and events: everyone signed in to the community sees them and registers their
 * own household; the residents' committee sets them up, sees who registered and registers residents without a
 * phone; volunteers and team leaders check people in at the door.
 */
@Component
public class ActivityPermissions {

    public boolean mayRead(Actor actor) {
        return actor.communityId() != null;
    }

    public boolean mayManage(Actor actor) {
        return mayRead(actor) && actor.hasAny(Role.RC_STAFF, Role.ADMIN);
    }

    public boolean mayCheckIn(Actor actor) {
        return mayManage(actor) || mayRead(actor) && actor.hasAny(Role.VOLUNTEER, Role.TEAM_LEADER);
    }
}
