package org.gongzhi.volunteer.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import org.gongzhi.activity.EventHelpersServed;
import org.gongzhi.activity.HelperTeams;
import org.gongzhi.volunteer.Member;
import org.gongzhi.volunteer.MembershipStatus;
import org.gongzhi.volunteer.ServiceInput;
import org.gongzhi.volunteer.ServiceSource;
import org.gongzhi.volunteer.Team;
import org.gongzhi.volunteer.Teams;

/**
 * Helping at an event is service: each helper who came to a closed event has served their team for the event's
 * length, verified by whoever closed it, recorded once however often the event arrives. Activity asks here which
 * teams a resident may help for: those they are a member of.
 */
@Component
class EventService implements HelperTeams {

    static final String ACTIVITY = "活动协助";

    private final Teams teams;
    private final Clock clock;

    EventService(Teams teams, Clock clock) {
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public List<TeamChoice> teamsOf(long communityId, long residentId) {
        Set<Long> mine = teams.membershipsOf(communityId, residentId).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER).map(Member::teamId)
                .collect(Collectors.toSet());
        return teams.teams(communityId).stream().filter(t -> mine.contains(t.id()))
                .map(t -> new TeamChoice(t.id(), t.name())).toList();
    }

    @ApplicationModuleListener
    void on(EventHelpersServed event) {
        for (EventHelpersServed.Served helper : event.helpers()) {
            String key = "event:" + event.eventId() + ":" + helper.residentId();
            if (teams.recorded(key)) {
                continue;
            }
            Team team = teams.team(event.communityId(), helper.teamId());
            teams.record(team, new ServiceInput(helper.residentId(), event.day(), event.minutes(), ACTIVITY,
                    clip(event.title() + "：" + helper.task())), ServiceSource.EVENT, key, null, null,
                    event.closedBy(), OffsetDateTime.now(clock));
        }
    }

    private static String clip(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
