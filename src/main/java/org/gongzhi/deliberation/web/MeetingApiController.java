package org.gongzhi.deliberation.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.meeting.AnswerPosition;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.meeting.MeetingView;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.security.Permissions;

/** Deliberation meetings: plan, agenda, attendance, the four parties' answers, the plan and its co-signatures. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

    private final MeetingHandling meetings;
    private final MinutesDownload minutes;

    MeetingApiController(MeetingHandling meetings, MinutesDownload minutes) {
        this.meetings = meetings;
        this.minutes = minutes;
    }

    @GetMapping
    List<MeetingView> list() {
        return meetings.list(Permissions.actor());
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<MeetingView> create(@Valid @RequestBody MeetingRequests.MeetingPlanRequest request) {
        long id = meetings.create(Permissions.actor(), request.toInput());
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    MeetingView get(@PathVariable long id) {
        return meetings.view(Permissions.actor(), id);
    }

    @GetMapping(value = "/{id}/minutes.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, Locale locale) {
        return minutes.attachment(id, locale);
    }

    @PostMapping("/{id}/agenda")
    MeetingView agenda(@PathVariable long id, @Valid @RequestBody MeetingRequests.AgendaItemRequest request) {
        meetings.addToAgenda(Permissions.actor(), id, request.proposalId());
        return get(id);
    }

    @PostMapping("/{id}/attendance")
    MeetingView attendance(@PathVariable long id, @RequestBody MeetingRequests.MeetingAttendanceRequest request) {
        meetings.recordAttendance(Permissions.actor(), id, request.toParties());
        return get(id);
    }

    @PostMapping("/{id}/answers")
    MeetingView answer(@PathVariable long id, @Valid @RequestBody MeetingRequests.PartyAnswerRequest r) {
        meetings.answer(Permissions.actor(), id, proposal(r.proposalId()),
                Choices.required(Party.class, r.party(), "party"),
                Choices.required(AnswerPosition.class, r.position(), "position"), r.reasoning(), r.contribution(),
                r.onBehalfOf());
        return get(id);
    }

    @PostMapping("/{id}/plan")
    MeetingView plan(@PathVariable long id, @Valid @RequestBody MeetingRequests.ConsensusPlanRequest r) {
        meetings.recordPlan(Permissions.actor(), id, proposal(r.proposalId()), r.plan(), r.cost(),
                r.fundingSource(), r.responsibilities());
        return get(id);
    }

    @PostMapping("/{id}/signatures")
    MeetingView sign(@PathVariable long id, @Valid @RequestBody MeetingRequests.CoSignatureRequest r) {
        meetings.sign(Permissions.actor(), id, proposal(r.proposalId()),
                Choices.required(Party.class, r.party(), "party"), r.signer());
        return get(id);
    }

    /** A project (the default) or a work order carries out the plan: {@code {"proposalId": 7, "followUp": …}}. */
    @PostMapping("/{id}/follow-up")
    org.gongzhi.deliberation.ConsensusPlan followUp(@PathVariable long id, @Valid @RequestBody FollowUpChoice r) {
        long proposalId = proposal(r.proposalId());
        meetings.chooseFollowUp(Permissions.actor(), id, proposalId,
                Choices.required(org.gongzhi.deliberation.FollowUp.class, r.followUp(), "followUp"));
        return meetings.consensusPlan(Permissions.community(), proposalId).orElseThrow();
    }

    record FollowUpChoice(@NotNull Long proposalId, String followUp) {
    }

    static long proposal(Long proposalId) {
        if (proposalId == null) {
            throw InvalidInput.of("proposalId", "validation.required");
        }
        return proposalId;
    }
}
