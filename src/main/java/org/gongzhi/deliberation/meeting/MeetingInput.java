package org.gongzhi.deliberation.meeting;

import java.util.List;

/** What is asked for when a meeting is planned. */
public record MeetingInput(String heldAt, String place, Boolean requireAllFourParties, String advisers,
        List<DeliberationMeeting.Invitee> invitees) {
}
