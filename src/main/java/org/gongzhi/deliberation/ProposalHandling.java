package org.gongzhi.deliberation;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gongzhi.deliberation.notice.PublicNotices;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalChange;
import org.gongzhi.deliberation.proposal.ProposalContent;
import org.gongzhi.deliberation.proposal.ProposalPlaces;
import org.gongzhi.deliberation.proposal.ProposalSettings;
import org.gongzhi.deliberation.proposal.ProposalTriage;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.identity.ActingOnBehalf;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfRequest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.domain.Refused;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.voting.Voting;

/**
 * A proposal's life: a resident raises it (as a draft or at once), the residents' committee triages it and moves
 * it on; enough supports put it on the agenda by themselves. Every step is saved, audited and published.
 */
@Service
public class ProposalHandling {

    static final String SUBJECT = Proposal.SUBJECT;
    static final int MAX_NOTICE_DAYS = 30;

    private final Proposals store;
    private final ProposalPlaces places;
    private final ProposalPermissions permissions;
    private final ProposalSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicNotices notices;
    private final int defaultNoticeDays;
    private final Voting voting;
    private final ActingOnBehalf onBehalf;

    ProposalHandling(Proposals store, ProposalPlaces places, ProposalPermissions permissions,
            ProposalSettings settings, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            PublicNotices notices, @Value("${gongzhi.deliberation.notice-days:7}") int defaultNoticeDays,
            Voting voting, ActingOnBehalf onBehalf) {
        this.voting = voting;
        this.onBehalf = onBehalf;
        this.notices = notices;
        this.defaultNoticeDays = defaultNoticeDays;
        this.store = store;
        this.places = places;
        this.permissions = permissions;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The proposal, if the actor may see it; a draft does not exist for anyone but its author. */
    public Proposal visible(Actor actor, long id) {
        Permissions.require(permissions.mayRead(actor));
        Proposal proposal = store.get(actor.communityId(), id);
        if (!permissions.maySee(actor, proposal)) {
            throw new NotFound("proposal " + id);
        }
        return proposal;
    }

    /** Raises a proposal, kept as a draft or submitted at once; an empty place means the resident's stairwell. */
    @Transactional
    public long raise(Actor actor, ProposalContent content, ProposalPlace place, boolean submit) {
        Permissions.require(permissions.mayParticipate(actor));
        OffsetDateTime now = now();
        Proposal draft = Proposal.draft(actor.communityId(), actor.residentId(), content,
                places.resolve(actor, place), now);
        long id = store.add(draft, ProposalActor.of(actor));
        audit.record(actor.communityId(), "PROPOSAL_DRAFTED", SUBJECT, id, content.category().name());
        if (submit) {
            submit(actor, id);
        }
        return id;
    }

    /**
     * 代办: staff or a verified volunteer raise and submit a proposal for a resident without a phone, with the
     * resident's consent. The resident is its author (it is in their own list when they sign in); the helper is
     * recorded beside it, shown as "由 X 代办", and the timeline's first step carries the helper's account. An empty
     * place means the resident's own stairwell.
     */
    @Transactional
    public long raiseFor(Actor helper, OnBehalfRequest whom, ProposalContent content, ProposalPlace place) {
        OnBehalf helped = onBehalf.check(helper, whom);
        OffsetDateTime now = now();
        ProposalPlace where = place == null ? places.homeOf(helped.residentId()) : places.resolve(helper, place);
        Proposal draft = Proposal.draft(helper.communityId(), helped.residentId(), content, where, now);
        ProposalActor author = new ProposalActor(helper.accountId(), helped.residentId(), whom.residentName().strip());
        long id = store.add(draft, author);
        store.raisedOnBehalf(helper.communityId(), id, helped);
        audit.record(helper.communityId(), "PROPOSAL_RAISED_ON_BEHALF", SUBJECT, id,
                content.category().name() + " consent " + helped.consent());
        Proposal proposal = store.get(helper.communityId(), id);
        proposal.submit(helped.residentId(), settings.agendaThreshold(helper.communityId()), now);
        save(proposal, author, now);
        return id;
    }

    /** Whether the actor may raise a proposal for a resident without a phone (代办). */
    public boolean mayHelp(Actor actor) {
        return onBehalf.mayHelp(actor);
    }

    /** The author rewrites a draft, and submits it if asked to. */
    @Transactional
    public void revise(Actor actor, long id, ProposalContent content, ProposalPlace place, boolean submit) {
        Proposal proposal = visible(actor, id);
        proposal.revise(actor.residentId(), content, places.resolve(actor, place));
        save(proposal, ProposalActor.of(actor), now());
        if (submit) {
            submit(actor, id);
        }
    }

    @Transactional
    public void submit(Actor actor, long id) {
        Permissions.require(permissions.mayParticipate(actor));
        Proposal proposal = visible(actor, id);
        OffsetDateTime now = now();
        proposal.submit(actor.residentId(), settings.agendaThreshold(actor.communityId()), now);
        save(proposal, ProposalActor.of(actor), now);
    }

    /** Rejects, merges or puts on the agenda; merging moves the supports over and may reach the threshold. */
    @Transactional
    public void triage(Actor actor, long id, ProposalTriage triage) {
        Permissions.require(permissions.mayTriage(actor));
        Proposal proposal = visible(actor, id);
        OffsetDateTime now = now();
        switch (triage.action()) {
            case REJECT -> proposal.reject(triage.reason(), now);
            case PUT_ON_AGENDA -> proposal.putOnAgenda(triage.meeting(), triage.reason(), now);
            case MERGE -> proposal.mergeInto(target(actor, triage.targetId()), triage.reason(), now);
            default -> throw InvalidInput.of("action", "validation.choice", triage.action().name());
        }
        save(proposal, ProposalActor.of(actor), now);
        if (triage.action() == ProposalAction.MERGE) {
            Proposal target = store.get(actor.communityId(), proposal.mergedIntoId());
            store.moveSupportersAndFollowers(actor.communityId(), id, target.id(), proposal.authorResidentId(),
                    target.authorResidentId(), now);
            putOnAgendaIfSupported(actor.communityId(), target.id(), now);
        }
    }

    /** A step after the agenda, taken by the residents' committee. */
    @Transactional
    public void transition(Actor actor, long id, ProposalAction action, String reason) {
        transition(actor, id, action, reason, null);
    }

    /**
     * A step after the agenda; putting on notice records the notice period ({@code noticeDays}, 1–30, else the
     * configured default), and opening the decision waits for the period to end and every objection's answer.
     */
    @Transactional
    public void transition(Actor actor, long id, ProposalAction action, String reason, Integer noticeDays) {
        Permissions.require(permissions.mayTriage(actor));
        requireNotFollowUp(action);
        Proposal proposal = visible(actor, id);
        OffsetDateTime now = now();
        int days = noticeDays == null ? defaultNoticeDays : noticeDays;
        if (action == ProposalAction.PUT_ON_NOTICE && (days < 1 || days > MAX_NOTICE_DAYS)) {
            throw InvalidInput.of("noticeDays", "notice.validation.days", 1, MAX_NOTICE_DAYS);
        }
        if (action == ProposalAction.OPEN_DECISION) {
            notices.find(actor.communityId(), id).ifPresent(notice -> {
                if (notice.isOpenAt(now)) {
                    throw new Refused("notice.refused.open",
                            "the notice period has not ended yet", notice.endsAt().toLocalDate());
                }
                if (notice.unanswered() > 0) {
                    throw new Refused("notice.refused.unanswered",
                            "objections are still unanswered", notice.unanswered());
                }
            });
        }
        requireNoVoteDeciding(proposal, action);
        proposal.takeStep(action, reason, now);
        save(proposal, ProposalActor.of(actor), now);
        if (action == ProposalAction.PUT_ON_NOTICE) {
            notices.add(actor.communityId(), id, now, now.plusDays(days), actor.accountId());
        }
    }

    /**
     * Deliberates a proposal whose consensus plan all four parties co-signed at a quorate meeting; the meeting
     * checked who may sign, so this runs in the caller's transaction without the committee's permission.
     */
    public void deliberateByMeeting(long communityId, long id, ProposalActor who, String reason) {
        Proposal proposal = store.get(communityId, id);
        OffsetDateTime now = now();
        proposal.takeStep(ProposalAction.DELIBERATE, reason, now);
        save(proposal, who, now);
    }

    /**
     * The residents decided by a vote: the proposal is adopted if the vote passed and not adopted otherwise, by the
     * system, once the vote's close has committed; {@code reason} names the vote.
     */
    public void decideByVote(long communityId, long id, long voteId, boolean passed, String reason) {
        Proposal proposal = store.get(communityId, id);
        if (proposal.state() != ProposalState.DECIDING) {
            return; // decided already: the vote's close was delivered again
        }
        OffsetDateTime now = now();
        proposal.takeStep(passed ? ProposalAction.ADOPT : ProposalAction.NOT_ADOPT, reason, now);
        save(proposal, ProposalActor.SYSTEM, now);
        audit.record(communityId, "PROPOSAL_DECIDED_BY_VOTE", SUBJECT, id,
                "vote " + voteId + (passed ? " passed" : " did not pass"));
    }

    /** While a vote is to decide the proposal, nobody adopts it or not by hand: the vote decides. */
    private void requireNoVoteDeciding(Proposal proposal, ProposalAction action) {
        if (action == ProposalAction.ADOPT || action == ProposalAction.NOT_ADOPT) {
            voting.undecidedVote(proposal.communityId(), proposal.id()).ifPresent(vote -> {
                throw new Refused("proposal.refused.voteDecides",
                        "vote " + vote + " decides this proposal when it closes", vote);
            });
        }
    }

    /** Puts a submitted proposal on the agenda once its supports reach its threshold, in the caller's transaction. */
    public void putOnAgendaIfSupported(long communityId, long id, OffsetDateTime at) {
        Proposal proposal = store.get(communityId, id);
        if (proposal.reachSupportThreshold(store.supportCount(communityId, id), at)) {
            save(proposal, ProposalActor.SYSTEM, at);
        }
    }

    private Proposal target(Actor actor, Long targetId) {
        if (targetId == null) {
            throw InvalidInput.of("targetId", "validation.required");
        }
        try {
            return visible(actor, targetId);
        } catch (NotFound e) {
            throw InvalidInput.of("targetId", "proposal.validation.mergeTarget");
        }
    }

    private void save(Proposal proposal, ProposalActor who, OffsetDateTime at) {
        store.save(proposal, who, at);
        for (ProposalChange change : proposal.changes()) {
            audit.record(proposal.communityId(), "PROPOSAL_" + change.action(), SUBJECT, proposal.id(),
                    change.from() + " → " + change.to());
        }
        proposal.events().forEach(events::publishEvent);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * The proposal's follow-up (its micro-renewal project) has started: ADOPTED → IN_PROGRESS, in the caller's
     * transaction; the follow-up checked who may start it.
     */
    public void followUpStarted(long communityId, long id, ProposalActor who, String reason) {
        followUp(communityId, id, ProposalAction.START_WORK, who, reason);
    }

    /** The proposal's follow-up is finished: IN_PROGRESS → DONE, in the caller's transaction. */
    public void followUpDone(long communityId, long id, ProposalActor who, String reason) {
        followUp(communityId, id, ProposalAction.COMPLETE, who, reason);
    }

    /** Idempotent: a follow-up's step may be delivered again, and a proposal already past it stays as it is. */
    private void followUp(long communityId, long id, ProposalAction action, ProposalActor who, String reason) {
        Proposal proposal = store.get(communityId, id);
        if (proposal.state() != action.from()) {
            return;
        }
        OffsetDateTime now = now();
        proposal.takeStep(action, reason, now);
        save(proposal, who, now);
    }

    /** Starting and finishing the work are taken by the proposal's follow-up, not by hand. */
    private static void requireNotFollowUp(ProposalAction action) {
        if (action == ProposalAction.START_WORK || action == ProposalAction.COMPLETE) {
            throw new Refused("proposal.refused.byFollowUp",
                    "this step is taken by the proposal's follow-up project", action);
        }
    }
}
