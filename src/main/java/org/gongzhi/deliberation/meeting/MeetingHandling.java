package org.gongzhi.deliberation.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.community.RegisterQueries;
import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.identity.AccountQueries;
import org.gongzhi.identity.AccountQueries.RepresentedScope;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.ScopeType;

/**
 * Deliberation meetings (议事会): the residents' committee plans one, adds proposals on the agenda, records who
 * attended; the four parties answer each proposal (四议共答), the meeting records the consensus plan and the four
 * parties co-sign it, which deliberates the proposal.
 */
@Service
public class MeetingHandling {

    static final String SUBJECT = "meeting";

    private final Meetings store;
    private final Proposals proposals;
    private final ProposalHandling proposalService;
    private final MeetingPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountQueries accounts;
    private final RegisterQueries register;

    MeetingHandling(Meetings store, Proposals proposals, ProposalHandling proposalService,
            MeetingPermissions permissions, AuditTrail audit, Clock clock, AccountQueries accounts,
            RegisterQueries register) {
        this.accounts = accounts;
        this.register = register;
        this.store = store;
        this.proposals = proposals;
        this.proposalService = proposalService;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(Actor actor, MeetingInput input) {
        Permissions.require(permissions.mayRun(actor));
        DeliberationMeeting meeting = DeliberationMeeting.plan(actor.communityId(), heldAt(input.heldAt()),
                input.place(), input.requireAllFourParties(), input.advisers(), input.invitees());
        long id = store.add(meeting, now());
        audit.record(actor.communityId(), "MEETING_PLANNED", SUBJECT, id, meeting.place());
        return id;
    }

    /** Puts a proposal on the agenda of a meeting still to be held; it may be on no other such meeting's. */
    @Transactional
    public void addToAgenda(Actor actor, long id, Long proposalId) {
        Permissions.require(permissions.mayRun(actor));
        if (proposalId == null) {
            throw InvalidInput.of("proposalId", "validation.required");
        }
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        Proposal proposal = proposals.get(actor.communityId(), proposalId);
        LocalDateTime now = LocalDateTime.now(clock);
        meeting.addToAgenda(proposalId, proposal.state(), now, store.openAgenda(actor.communityId(), proposalId, now));
        if (!store.addToAgenda(meeting, proposalId, now)) {
            throw new Refused("meeting.refused.onOpenAgendaMeanwhile",
                    "put on another open agenda meanwhile");
        }
        audit.record(actor.communityId(), "MEETING_AGENDA", SUBJECT, id, "proposal " + proposalId);
    }

    @Transactional
    public void recordAttendance(Actor actor, long id, Set<Party> parties) {
        Permissions.require(permissions.mayRun(actor));
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        meeting.recordAttendance(parties == null ? Set.of() : parties);
        store.saveAttendance(meeting);
        audit.record(actor.communityId(), "MEETING_ATTENDANCE", SUBJECT, id, String.valueOf(meeting.attended()));
    }

    @Transactional
    public void answer(Actor actor, long id, long proposalId, Party party, AnswerPosition position,
            String reasoning, String contribution) {
        answer(actor, id, proposalId, party, position, reasoning, contribution, null);
    }

    /**
     * A party's answer, given by its own account; residents' committee staff answering for another party record it
     * on behalf of the person present ({@code onBehalfOf}, 代录), which the answer shows and the audit trail keeps.
     */
    @Transactional
    public void answer(Actor actor, long id, long proposalId, Party party, AnswerPosition position,
            String reasoning, String contribution, String onBehalfOf) {
        requireActFor(actor, party);
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        boolean own = speaksFor(actor, meeting, proposalId, party);
        DeliberationMeeting.Answer answer = meeting.answer(proposalId, party, position, reasoning, contribution,
                actor.displayName(), now(), !own, onBehalfOf);
        store.addAnswer(meeting, answer, actor.accountId());
        audit.record(actor.communityId(), own ? "MEETING_ANSWER" : "MEETING_ANSWER_ON_BEHALF", SUBJECT, id,
                proposalId + " " + party + " " + position
                        + (own ? "" : " for " + (answer.onBehalfOf() == null ? party : answer.onBehalfOf())));
    }

    @Transactional
    public void recordPlan(Actor actor, long id, long proposalId, String text, String costYuan,
            String fundingSource, String responsibilities) {
        Permissions.require(permissions.mayRun(actor));
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        DeliberationMeeting.Plan plan = meeting.recordPlan(proposalId, text, costYuan, fundingSource,
                responsibilities, actor.displayName(), now());
        store.addPlan(meeting, plan);
        audit.record(actor.communityId(), "MEETING_PLAN", SUBJECT, id, proposalId + " " + plan.cost());
    }

    /** A party co-signs the plan; the fourth signature deliberates the proposal in the same transaction. */
    /**
     * A party co-signs with its own account, in its account's name; staff recording the signature of another
     * party's representative present without a phone name the signer and are named as who recorded it (代录).
     */
    @Transactional
    public void sign(Actor actor, long id, long proposalId, Party party, String signer) {
        requireActFor(actor, party);
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        boolean own = speaksFor(actor, meeting, proposalId, party);
        OffsetDateTime now = now();
        boolean complete = meeting.sign(proposalId, party, own ? actor.displayName() : signer, now,
                own ? null : actor.displayName());
        store.addSignature(meeting, meeting.signatures(proposalId).get(party), actor.accountId());
        audit.record(actor.communityId(), own ? "MEETING_SIGNATURE" : "MEETING_SIGNATURE_ON_BEHALF", SUBJECT, id,
                proposalId + " " + party + (own ? "" : " for " + signer));
        if (complete) {
            proposalService.deliberateByMeeting(actor.communityId(), proposalId, ProposalActor.of(actor),
                    "四议共答：四方会签议事会 #" + id + " 的共识方案");
        }
    }

    public MeetingView view(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        return view(store.get(actor.communityId(), id));
    }

    /** The minutes of a held meeting with the community's name, for the PDF; a meeting not yet held has none. */
    public Minutes minutes(Actor actor, long id) {
        MeetingView view = view(actor, id);
        if (!view.held()) {
            throw new Refused("meeting.refused.notHeld", "the meeting has not been held yet");
        }
        return new Minutes(store.communityName(actor.communityId()), view);
    }

    /** What the published minutes show. */
    public record Minutes(String community, MeetingView meeting) {
    }

    public List<MeetingView> list(Actor actor) {
        Permissions.require(permissions.mayRead(actor));
        return views(actor.communityId(), store.all(actor.communityId(), store.ids(actor.communityId())));
    }

    /** The record of the meetings that deliberated a proposal, for its page: only items with answers. */
    public List<MeetingRecord> forProposal(long communityId, long proposalId) {
        List<MeetingRecord> records = new ArrayList<>();
        for (MeetingView view : views(communityId,
                store.all(communityId, store.idsWithProposal(communityId, proposalId)))) {
            view.agenda().stream().filter(i -> i.proposalId() == proposalId && !i.answers().isEmpty())
                    .forEach(i -> records.add(new MeetingRecord(view.id(), view.heldAt(), view.place(), i)));
        }
        return records;
    }

    /** One meeting's part in a proposal's story. */
    public record MeetingRecord(long meetingId, OffsetDateTime heldAt, String place, MeetingView.Item item) {
    }

    MeetingView view(DeliberationMeeting meeting) {
        return views(meeting.communityId(), List.of(meeting)).getFirst();
    }

    /** The meetings as shown, the proposals on all their agendas read in one statement. */
    private List<MeetingView> views(long communityId, List<DeliberationMeeting> meetings) {
        Map<Long, Proposal> onAgendas = proposals.all(communityId,
                meetings.stream().flatMap(m -> m.agenda().stream()).collect(Collectors.toSet()));
        return meetings.stream().map(m -> view(m, onAgendas)).toList();
    }

    private MeetingView view(DeliberationMeeting meeting, Map<Long, Proposal> onAgendas) {
        List<MeetingView.Item> items = new ArrayList<>();
        for (long proposalId : meeting.agenda()) {
            Proposal proposal = onAgendas.get(proposalId);
            if (proposal == null) {
                throw new NotFound("proposal " + proposalId);
            }
            items.add(new MeetingView.Item(proposalId, proposal.content().title(), proposal.state(),
                    List.copyOf(meeting.latestAnswers(proposalId).values()), meeting.answers(proposalId),
                    meeting.plan(proposalId), List.copyOf(meeting.signatures(proposalId).values()),
                    meeting.fullySigned(proposalId)));
        }
        return new MeetingView(meeting.id(), meeting.heldAt().atZone(clock.getZone()).toOffsetDateTime(), meeting.place(), meeting.requireAllFourParties(),
                meeting.advisers(), meeting.invitees(), meeting.attended(), meeting.isQuorate(), items,
                meeting.isHeld(LocalDateTime.now(clock)));
    }

    /**
     * The parties the actor may answer and sign for, per agenda proposal: staff who run meetings all four, an owners'
     * committee member or property staff their own, a representative theirs only where the proposal lies in the
     * building or grid they represent and the meeting in their term.
     */
    public Map<Long, List<Party>> partiesPerItem(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        DeliberationMeeting meeting = store.get(actor.communityId(), id);
        List<RepresentedScope> scopes = permissions.ownParty(actor, Party.RESIDENT_REPRESENTATIVES)
                ? accounts.representedOn(actor.accountId(), meeting.heldAt().toLocalDate(), LocalDate.now(clock))
                : List.of();
        Map<Long, Proposal> items = proposals.all(actor.communityId(), Set.copyOf(meeting.agenda()));
        List<RegisterQueries.Stairwell> stairwells = scopes.isEmpty() ? List.of()
                : register.stairwells(actor.communityId());
        Map<Long, List<Party>> parties = new java.util.LinkedHashMap<>();
        for (long proposalId : meeting.agenda()) {
            List<Party> mine = new ArrayList<>();
            for (Party party : Party.values()) {
                boolean inScope = party != Party.RESIDENT_REPRESENTATIVES || items.containsKey(proposalId)
                        && covers(scopes, items.get(proposalId).place(), stairwells);
                if (permissions.mayRun(actor) || permissions.ownParty(actor, party) && inScope) {
                    mine.add(party);
                }
            }
            parties.put(proposalId, mine);
        }
        return parties;
    }

    /**
     * True when the actor speaks for the party itself; false when staff who run the meeting record for another party
     * (代录); refused (403) for a representative outside the building or grid of the proposal or their term.
     */
    private boolean speaksFor(Actor actor, DeliberationMeeting meeting, long proposalId, Party party) {
        if (permissions.ownParty(actor, party)) {
            if (party != Party.RESIDENT_REPRESENTATIVES || !meeting.agenda().contains(proposalId)
                    || represents(actor, meeting, proposalId)) {
                return true;
            }
        }
        Permissions.require(permissions.mayRun(actor));
        return false;
    }

    private boolean represents(Actor actor, DeliberationMeeting meeting, long proposalId) {
        List<RepresentedScope> scopes = accounts.representedOn(actor.accountId(), meeting.heldAt().toLocalDate(),
                LocalDate.now(clock));
        return !scopes.isEmpty() && covers(scopes, proposals.get(actor.communityId(), proposalId).place(),
                register.stairwells(actor.communityId()));
    }

    /**
     * Whether a representative's buildings and grids cover a proposal's place: a stairwell in one of them, a building
     * that is one of them or has a stairwell in one of their grids; a community-wide or landmark proposal concerns
     * every representative.
     */
    private static boolean covers(List<RepresentedScope> scopes, ProposalPlace place,
            List<RegisterQueries.Stairwell> stairwells) {
        if (scopes.isEmpty()) {
            return false;
        }
        return switch (place.kind()) {
            case COMMUNITY, LANDMARK -> true;
            case STAIRWELL -> stairwells.stream().filter(s -> s.code().equalsIgnoreCase(place.code()))
                    .anyMatch(s -> covers(scopes, s));
            case BUILDING -> stairwells.stream().filter(s -> String.valueOf(s.buildingNumber()).equals(place.code()))
                    .anyMatch(s -> covers(scopes, s));
        };
    }

    private static boolean covers(List<RepresentedScope> scopes, RegisterQueries.Stairwell s) {
        return scopes.stream().anyMatch(scope -> scope.scopeType() == ScopeType.GRID && scope.scopeId() == s.gridId()
                || scope.scopeType() == ScopeType.BUILDING && scope.scopeId() == s.buildingId());
    }

    private void requireActFor(Actor actor, Party party) {
        if (party == null) {
            throw InvalidInput.of("party", "validation.required");
        }
        Permissions.require(permissions.mayActFor(actor, party));
    }

    private static LocalDateTime heldAt(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("heldAt", "validation.required");
        }
        try {
            return LocalDateTime.parse(text.strip()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("heldAt", "meeting.validation.heldAt", text);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The consensus plan last recorded for a proposal, for its follow-up; empty if no meeting recorded one. */
    public java.util.Optional<ConsensusPlan> consensusPlan(long communityId, long proposalId) {
        return store.latestPlan(communityId, proposalId);
    }

    /**
     * Says whether the plan recorded for a proposal is carried out by a micro-renewal project (the default) or, for a
     * small fix, by a work order; only until the proposal is adopted, when its follow-up is opened.
     */
    @Transactional
    public void chooseFollowUp(Actor actor, long id, long proposalId, FollowUp followUp) {
        Permissions.require(permissions.mayRun(actor));
        if (followUp == null) {
            throw InvalidInput.of("followUp", "validation.required");
        }
        Proposal proposal = proposals.get(actor.communityId(), proposalId);
        ProposalState state = proposal.state();
        if (followUp == FollowUp.WORK_ORDER && proposal.place().kind() == ProposalPlace.Kind.COMMUNITY) {
            throw new Refused("meeting.refused.followUpPlace",
                    "a work order needs a place; a community-wide plan becomes a project");
        }
        if (state == ProposalState.ADOPTED || state == ProposalState.IN_PROGRESS || state == ProposalState.DONE) {
            throw new Refused("meeting.refused.followUpLate",
                    "the follow-up is opened when the proposal is adopted", state);
        }
        if (!store.setFollowUp(actor.communityId(), id, proposalId, followUp)) {
            throw new Refused("meeting.refused.noPlan", "there is no plan yet");
        }
        audit.record(actor.communityId(), "MEETING_FOLLOW_UP", SUBJECT, id, proposalId + " " + followUp);
    }
}
