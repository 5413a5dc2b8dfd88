package org.gongzhi.deliberation;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.meeting.MeetingView;
import org.gongzhi.shared.security.Actor;

/**
 * Deliberation meetings as other modules name them: when and where, and whether held. Reading one checks the actor
 * may read meetings, as the meeting pages do.
 */
@Component
public class MeetingDirectory {

    private final MeetingHandling meetings;

    MeetingDirectory(MeetingHandling meetings) {
        this.meetings = meetings;
    }

    public MeetingRef meeting(Actor actor, long id) {
        return MeetingRef.of(meetings.view(actor, id));
    }

    /** Every meeting the actor may read, as the meeting list orders them. */
    public List<MeetingRef> meetings(Actor actor) {
        return meetings.list(actor).stream().map(MeetingRef::of).toList();
    }

    /** A meeting in brief. */
    public record MeetingRef(long id, OffsetDateTime heldAt, String place, boolean held) {

        static MeetingRef of(MeetingView view) {
            return new MeetingRef(view.id(), view.heldAt(), view.place(), view.held());
        }
    }
}
