package org.gongzhi.deliberation.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.gongzhi.deliberation.ProposalState;

/**
 * A meeting with everything recorded at it, for pages, the API and the minutes; held means it has minutes. The time
 * is the community's (Shanghai) with its offset.
 */
public record MeetingView(long id, OffsetDateTime heldAt, String place, boolean requireAllFourParties,
        String advisers, List<DeliberationMeeting.Invitee> invitees, Set<Party> attended, boolean quorate,
        List<Item> agenda, boolean held) {

    /** One agenda proposal: the parties' latest answers, every answer given, the plan and its signatures. */
    public record Item(long proposalId, String title, ProposalState state, List<DeliberationMeeting.Answer> answers,
            List<DeliberationMeeting.Answer> history, DeliberationMeeting.Plan plan,
            List<DeliberationMeeting.Signature> signatures, boolean fullySigned) {

        public DeliberationMeeting.Answer answerOf(Party party) {
            return answers.stream().filter(a -> a.party() == party).findFirst().orElse(null);
        }

        public DeliberationMeeting.Signature signatureOf(Party party) {
            return signatures.stream().filter(s -> s.party() == party).findFirst().orElse(null);
        }
    }

    public List<DeliberationMeeting.Invitee> inviteesOf(Party party) {
        return invitees.stream().filter(i -> i.party() == party).toList();
    }

    public boolean attendedBy(Party party) {
        return attended.contains(party);
    }
}
