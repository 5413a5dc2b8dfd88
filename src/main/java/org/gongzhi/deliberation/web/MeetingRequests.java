package org.gongzhi.deliberation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongzhi.deliberation.meeting.Party;

/** The JSON bodies (and form fields) of the meeting endpoints. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    record AgendaItemRequest(Long proposalId) {
    }

    record MeetingAttendanceRequest(List<String> parties) {

        Set<org.gongzhi.deliberation.meeting.Party> toParties() {
            Set<org.gongzhi.deliberation.meeting.Party> set = EnumSet.noneOf(org.gongzhi.deliberation.meeting.Party.class);
            if (parties != null) {
                parties.forEach(p -> set.add(Choices.required(org.gongzhi.deliberation.meeting.Party.class, p, "parties")));
            }
            return set;
        }
    }

    record PartyAnswerRequest(Long proposalId, String party, String position, String reasoning, String contribution) {
    }

    record ConsensusPlanRequest(Long proposalId, String plan, String cost, String fundingSource, String responsibilities) {
    }

    record CoSignatureRequest(Long proposalId, String party, String signer) {
    }
}
