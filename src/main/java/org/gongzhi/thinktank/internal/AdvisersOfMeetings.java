package org.gongzhi.thinktank.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.MeetingAdvisers;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.thinktank.InvitationAnswer;
import org.gongzhi.thinktank.Talents;
import org.gongzhi.thinktank.TargetKind;
import org.gongzhi.thinktank.ThinkTank;

/** The think tank's invitations to a meeting, for the meeting's page: all for staff, the accepted for others. */
@Component
class AdvisersOfMeetings implements MeetingAdvisers {

    private final Talents talents;
    private final ThinkTank thinkTank;

    AdvisersOfMeetings(Talents talents, ThinkTank thinkTank) {
        this.talents = talents;
        this.thinkTank = thinkTank;
    }

    @Override
    public List<Adviser> of(Actor actor, long meetingId) {
        boolean staff = thinkTank.mayInvite(actor);
        return talents.invitationsTo(actor.communityId(), TargetKind.MEETING, meetingId).stream()
                .filter(i -> staff || i.answer() == InvitationAnswer.ACCEPTED)
                .map(i -> new Adviser(i.talentName(), i.answer() == null ? "thinktank.invitation.pending"
                        : i.answer().labelKey(), i.contribution())).toList();
    }
}
