package org.gongzhi.deliberation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.deliberation.meeting.DeliberationMeeting;
import org.gongzhi.deliberation.meeting.MeetingInput;
import org.gongzhi.deliberation.meeting.Party;

/** The JSON bodies (and form fields) of the meeting endpoints. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    /** A meeting to plan: when, where, whether all four parties must attend, advisers and invited names. */
    record MeetingPlanRequest(@NotBlank String heldAt,
            @NotBlank @Size(max = DeliberationMeeting.MAX_PLACE) String place, Boolean requireAllFourParties,
            @Size(max = DeliberationMeeting.MAX_TEXT) String advisers, List<@Valid InvitedName> invitees) {

        MeetingInput toInput() {
            return new MeetingInput(heldAt, place, requireAllFourParties, advisers, invitees == null ? List.of()
                    : invitees.stream().map(i -> new DeliberationMeeting.Invitee(i.party(), i.name(), i.zoneGroup()))
                            .toList());
        }
    }

    /** One invited person: their party, name and, for the owners' committee, the zone group they stand for. */
    record InvitedName(@NotNull Party party, @Size(max = DeliberationMeeting.MAX_NAME) String name,
            @Size(max = DeliberationMeeting.MAX_NAME) String zoneGroup) {
    }

    record AgendaItemRequest(@NotNull Long proposalId) {
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

    /**
     * A party's answer; {@code onBehalfOf} names the representative present without a phone when residents'
     * committee staff record another party's answer (代录), and is not used when a party answers for itself.
     */
    record PartyAnswerRequest(@NotNull Long proposalId, @NotBlank String party, @NotBlank String position,
            @NotBlank @Size(max = DeliberationMeeting.MAX_TEXT) String reasoning,
            @Size(max = DeliberationMeeting.MAX_TEXT) String contribution,
            @Size(max = DeliberationMeeting.MAX_NAME) String onBehalfOf) {
    }

    record ConsensusPlanRequest(@NotNull Long proposalId,
            @NotBlank @Size(max = DeliberationMeeting.MAX_TEXT) String plan, String cost,
            @NotBlank @Size(max = DeliberationMeeting.MAX_PLACE) String fundingSource,
            @NotBlank @Size(max = DeliberationMeeting.MAX_TEXT) String responsibilities) {
    }

    /**
     * A co-signature: a party signing with its own account signs in its account's name; {@code signer} names the
     * representative when staff record another party's signature (代录), and is then required.
     */
    record CoSignatureRequest(@NotNull Long proposalId, @NotBlank String party,
            @Size(max = DeliberationMeeting.MAX_NAME) String signer) {
    }
}
