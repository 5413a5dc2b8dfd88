package org.gongzhi.activity;

import java.util.List;

/**
 * The volunteer teams a resident belongs to, for choosing whom a helper at an event serves. The volunteer module
 * answers it; activity asks without knowing volunteers, so that service can flow back to volunteer by event.
 */
public interface HelperTeams {

    List<TeamChoice> teamsOf(long communityId, long residentId);

    /** A team a helper may serve. */
    record TeamChoice(long id, String name) {
    }
}
