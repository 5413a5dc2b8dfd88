package org.gongzhi.deliberation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.MeetingAdvisers;
import org.gongzhi.deliberation.ProposalFilter;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.meeting.AnswerPosition;
import org.gongzhi.deliberation.meeting.DeliberationMeeting;
import org.gongzhi.deliberation.meeting.MeetingHandling;
import org.gongzhi.deliberation.meeting.MeetingInput;
import org.gongzhi.deliberation.meeting.MeetingPermissions;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.web.FormProblems;
import org.gongzhi.shared.web.PostRedirectGet;

/** The meeting pages: the list, planning one, running one (agenda, attendance, 四议共答, plan, 会签), minutes (page, PDF). */
@Controller
class MeetingController {

    private final MeetingHandling meetings;
    private final MeetingPermissions permissions;
    private final ProposalQueries queries;
    private final PostRedirectGet prg;
    private final MinutesDownload minutes;
    private final FormProblems formProblems;
    private final MeetingAdvisers advisers;

    MeetingController(MeetingHandling meetings, MeetingPermissions permissions, ProposalQueries queries,
            PostRedirectGet prg, MinutesDownload minutes, FormProblems formProblems,
            ObjectProvider<MeetingAdvisers> advisers) {
        this.formProblems = formProblems;
        this.advisers = advisers.getIfAvailable(() -> (actor, meeting) -> List.of());
        this.meetings = meetings;
        this.permissions = permissions;
        this.queries = queries;
        this.prg = prg;
        this.minutes = minutes;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("parties", Party.values());
        model.addAttribute("positions", AnswerPosition.values());
    }

    @GetMapping("/meetings")
    String list(Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("meetings", meetings.list(actor));
        model.addAttribute("canRun", permissions.mayRun(actor));
        return "deliberation/meetings";
    }

    @GetMapping("/meetings/new")
    String start(Model model) {
        Permissions.require(permissions.mayRun(Permissions.actor()));
        MeetingForm form = new MeetingForm();
        form.setRequireAllFourParties(true); // ticked on a new form; a form sent without the box means unticked
        model.addAttribute("form", form);
        return "deliberation/meeting-new";
    }

    @PostMapping("/meetings/new")
    String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult fields, Model model,
            RedirectAttributes redirect) {
        try {
            formProblems.require(fields);
            long id = meetings.create(Permissions.actor(), form.toInput());
            redirect.addFlashAttribute("flash", "meeting.done.CREATE");
            return "redirect:/meetings/" + id;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "deliberation/meeting-new";
        }
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = Permissions.actor();
        model.addAttribute("m", meetings.view(actor, id));
        boolean run = permissions.mayRun(actor);
        model.addAttribute("canRun", run);
        model.addAttribute("myParties", Arrays.stream(Party.values()).filter(p -> permissions.mayActFor(actor, p))
                .toList());
        model.addAttribute("itemParties", meetings.partiesPerItem(actor, id));
        model.addAttribute("followUps", followUps(actor, id));
        model.addAttribute("advisers", advisers.of(actor, id));
        if (run) {
            model.addAttribute("onAgenda", queries.list(actor.communityId(),
                    ProposalFilter.awaitingCommittee(ProposalState.ON_AGENDA, 0, 100)).items());
        }
        return "deliberation/meeting";
    }

    @GetMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable long id, Model model) {
        model.addAttribute("m", meetings.view(Permissions.actor(), id));
        return "deliberation/meeting-minutes";
    }

    /** The minutes as a PDF; for a meeting not yet held, back to its page with the refusal in a red box. */
    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return minutes.attachment(id, locale);
        } catch (Refused e) {
            String page = "/meetings/" + id;
            RequestContextUtils.getOutputFlashMap(request).put("refusal", prg.text(e));
            RequestContextUtils.saveOutputFlashMap(page, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(request.getContextPath() + page))
                    .build();
        }
    }

    @PostMapping("/meetings/{id}/agenda")
    String agenda(@PathVariable long id, @RequestParam(required = false) Long proposalId, RedirectAttributes r) {
        return attempt(id, r, "meeting.done.AGENDA", () -> meetings.addToAgenda(Permissions.actor(), id, proposalId));
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) List<String> parties,
            RedirectAttributes r) {
        return attempt(id, r, "meeting.done.ATTENDANCE", () -> meetings.recordAttendance(Permissions.actor(), id,
                new MeetingRequests.MeetingAttendanceRequest(parties).toParties()));
    }

    @PostMapping("/meetings/{id}/answers")
    String answer(@PathVariable long id, @ModelAttribute MeetingRequests.PartyAnswerRequest a, RedirectAttributes r) {
        return attempt(id, r, "meeting.done.ANSWER", () -> meetings.answer(Permissions.actor(), id,
                MeetingApiController.proposal(a.proposalId()), Choices.required(Party.class, a.party(), "party"),
                Choices.required(AnswerPosition.class, a.position(), "position"), a.reasoning(), a.contribution(),
                a.onBehalfOf()));
    }

    @PostMapping("/meetings/{id}/plan")
    String plan(@PathVariable long id, @ModelAttribute MeetingRequests.ConsensusPlanRequest p, RedirectAttributes r) {
        return attempt(id, r, "meeting.done.PLAN", () -> meetings.recordPlan(Permissions.actor(), id,
                MeetingApiController.proposal(p.proposalId()), p.plan(), p.cost(), p.fundingSource(),
                p.responsibilities()));
    }

    @PostMapping("/meetings/{id}/follow-up")
    String followUp(@PathVariable long id, @RequestParam(required = false) Long proposalId,
            @RequestParam(required = false) String followUp, RedirectAttributes r) {
        return attempt(id, r, "meeting.done.FOLLOW_UP", () -> meetings.chooseFollowUp(Permissions.actor(), id,
                MeetingApiController.proposal(proposalId),
                Choices.required(org.gongzhi.deliberation.FollowUp.class, followUp, "followUp")));
    }

    @PostMapping("/meetings/{id}/signatures")
    String sign(@PathVariable long id, @ModelAttribute MeetingRequests.CoSignatureRequest s, RedirectAttributes r) {
        return attempt(id, r, "meeting.done.SIGN", () -> meetings.sign(Permissions.actor(), id,
                MeetingApiController.proposal(s.proposalId()), Choices.required(Party.class, s.party(), "party"),
                s.signer()));
    }

    private String attempt(long id, RedirectAttributes redirect, String done, Runnable step) {
        return prg.attempt("/meetings/" + id, redirect, done, step);
    }

    /**
     * The planning form: names per party separated by commas (、 or ，also work). Its fields are checked here (Bean
     * Validation); whether the time is one is the meeting's to say.
     */
    static class MeetingForm {
        @NotBlank
        private String heldAt;
        @NotBlank
        @Size(max = DeliberationMeeting.MAX_PLACE)
        private String place;
        private boolean requireAllFourParties;
        @Size(max = DeliberationMeeting.MAX_TEXT)
        private String advisers;
        private String rcNames;
        private String ocNames;
        private String ocZone;
        private String pmNames;
        private String repNames;

        MeetingInput toInput() {
            List<DeliberationMeeting.Invitee> invitees = new ArrayList<>();
            add(invitees, Party.RESIDENTS_COMMITTEE, rcNames, null);
            add(invitees, Party.OWNERS_COMMITTEE, ocNames, ocZone);
            add(invitees, Party.PROPERTY_COMPANY, pmNames, null);
            add(invitees, Party.RESIDENT_REPRESENTATIVES, repNames, null);
            return new MeetingInput(heldAt, place, requireAllFourParties, advisers, invitees);
        }

        private static void add(List<DeliberationMeeting.Invitee> to, Party party, String names, String zone) {
            if (names == null) {
                return;
            }
            for (String name : names.split("[,，、]")) {
                if (!name.isBlank()) {
                    to.add(new DeliberationMeeting.Invitee(party, name.strip(), zone));
                }
            }
        }

        public String getHeldAt() { return heldAt; }
        public void setHeldAt(String v) { heldAt = v; }
        public String getPlace() { return place; }
        public void setPlace(String v) { place = v; }
        public boolean isRequireAllFourParties() { return requireAllFourParties; }
        public void setRequireAllFourParties(boolean v) { requireAllFourParties = v; }
        public String getAdvisers() { return advisers; }
        public void setAdvisers(String v) { advisers = v; }
        public String getRcNames() { return rcNames; }
        public void setRcNames(String v) { rcNames = v; }
        public String getOcNames() { return ocNames; }
        public void setOcNames(String v) { ocNames = v; }
        public String getOcZone() { return ocZone; }
        public void setOcZone(String v) { ocZone = v; }
        public String getPmNames() { return pmNames; }
        public void setPmNames(String v) { pmNames = v; }
        public String getRepNames() { return repNames; }
        public void setRepNames(String v) { repNames = v; }
    }

    /** How each agenda proposal's plan is to be carried out, by proposal id. */
    private java.util.Map<Long, org.gongzhi.deliberation.FollowUp> followUps(Actor actor, long id) {
        java.util.Map<Long, org.gongzhi.deliberation.FollowUp> map = new java.util.HashMap<>();
        meetings.view(actor, id).agenda().forEach(item -> meetings.consensusPlan(actor.communityId(),
                item.proposalId()).filter(p -> p.meetingId() == id).ifPresent(p -> map.put(p.proposalId(),
                p.followUp())));
        return map;
    }
}
