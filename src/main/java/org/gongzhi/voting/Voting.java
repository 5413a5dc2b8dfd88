package org.gongzhi.voting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.identity.ActingOnBehalf;
import org.gongzhi.identity.OnBehalf;
import org.gongzhi.identity.OnBehalfRequest;
import org.gongzhi.shared.audit.AuditTrail;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.NotFound;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Permissions;
import org.gongzhi.shared.security.Role;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.ballot.Ballots.NewBallot;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.electorate.Electorate;
import org.gongzhi.voting.electorate.Electorates.ElectorRef;
import org.gongzhi.voting.electorate.Electorates;
import org.gongzhi.voting.tally.Tallies;
import org.gongzhi.voting.vote.Vote;
import org.gongzhi.voting.vote.VoteAction;
import org.gongzhi.voting.vote.VoteRefused;
import org.gongzhi.voting.vote.Votes;

/**
 * Runs votes: set up, open (freezing the electorate), take ballots from every channel, close (storing the tally and
 * publishing {@link VoteClosed}, which decides the proposal the vote names, if any) by hand or, once its closing time
 * has passed, by itself ({@link #closeOverdue}).
 */
@Service
public class Voting {

    private static final Logger log = LoggerFactory.getLogger(Voting.class);

    static final String SUBJECT = "vote";
    static final int MAX_REASON = 500;
    private static final int ADULT_AGE = 18;

    private final Votes votes;
    private final Electorates electorates;
    private final Ballots ballots;
    private final VotingPermissions permissions;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<DecidedProposals> proposals;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ActingOnBehalf onBehalf;

    Voting(Votes votes, Electorates electorates, Ballots ballots, VotingPermissions permissions, AuditTrail audit,
            Clock clock, ObjectProvider<DecidedProposals> proposals, ApplicationEventPublisher events,
            TransactionTemplate transaction, ActingOnBehalf onBehalf) {
        this.onBehalf = onBehalf;
        this.transaction = transaction;
        this.proposals = proposals;
        this.events = events;
        this.votes = votes;
        this.electorates = electorates;
        this.ballots = ballots;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The vote, if the actor may see it; otherwise it does not exist for them. */
    public Vote visible(Actor actor, long id) {
        return seenBy(actor, id, votes.find(community(actor), id));
    }

    @Transactional
    public long create(Actor actor, VoteDraft draft) {
        long community = community(actor);
        Permissions.require(permissions.mayCreateVotes(actor));
        draft.check(now());
        Permissions.require(permissions.mayManage(actor, community, draft.scope()));
        if (draft.silenceClause() && !votes.silenceClauseAllowed(community)) {
            throw new VoteRefused("vote.refused.silenceNotAllowed",
                    "the rules of procedure do not provide for the silence clause");
        }
        if (draft.proposalId() != null) {
            requireUndecided(community, draft.proposalId());
        }
        long id;
        try {
            id = votes.add(community, draft, actor.username(), now());
        } catch (DuplicateKeyException e) {
            throw VoteRefused.proposalHasVote(draft.proposalId());
        }
        audit.record(community, "VOTE_CREATED", SUBJECT, id, draft.kind().name()
                + (draft.proposalId() == null ? "" : " deciding proposal " + draft.proposalId()));
        return id;
    }

    /** The proposal exists, waits for the residents' decision, and no other vote is to decide it; held till commit. */
    private void requireUndecided(long community, long proposalId) {
        DecidedProposals.Subject subject = decidedProposals().flatMap(p -> p.hold(community, proposalId))
                .orElseThrow(() -> InvalidInput.of("proposalId", "vote.validation.proposal", proposalId));
        if (!subject.awaitingDecision()) {
            throw new VoteRefused("vote.refused.proposalNotDeciding",
                    "the proposal does not wait for the residents' decision", proposalId);
        }
        if (votes.undecidedFor(community, proposalId).isPresent()) {
            throw VoteRefused.proposalHasVote(proposalId);
        }
    }

    /** The proposal a new vote would decide, to start its set-up from; only for those who set up votes. */
    public Optional<DecidedProposals.Subject> proposalToDecide(Actor actor, long proposalId) {
        Permissions.require(permissions.mayCreateVotes(actor));
        return decidedProposals().flatMap(p -> p.find(community(actor), proposalId));
    }

    /** The proposal the vote decides, if it names one that still exists. */
    public Optional<DecidedProposals.Subject> decidedProposal(Vote vote) {
        Long proposalId = vote.setUp().proposalId();
        return proposalId == null ? Optional.empty()
                : decidedProposals().flatMap(p -> p.find(vote.communityId(), proposalId));
    }

    /** The vote that is to decide the proposal and has not closed yet, if there is one. */
    public Optional<Long> undecidedVote(long communityId, long proposalId) {
        return votes.undecidedFor(communityId, proposalId);
    }

    /** The proposals that an open vote is deciding now: the residents are voting on them. */
    public Set<Long> proposalsWithOpenVote(long communityId) {
        return votes.proposalsWithOpenVote(communityId);
    }

    /** The newest vote that decides the proposal, as this viewer may see it: a draft's title only for its organisers. */
    public Optional<DecidingVote> decidingVote(Actor actor, long proposalId) {
        return votes.newestFor(community(actor), proposalId).map(vote -> {
            boolean visible = permissions.mayView(actor, vote);
            return new DecidingVote(vote.id(), visible ? vote.title() : null, vote.state(),
                    vote.state().closed() ? result(vote).map(VoteResult::outcome).orElse(null) : null, visible);
        });
    }

    /** Opens the vote and freezes its electorate as the register stands today. */
    @Transactional
    public void open(Actor actor, long id) {
        Vote vote = step(actor, id, VoteAction.OPEN);
        LocalDate adultBorn = vote.openedOn().minusYears(ADULT_AGE);
        switch (vote.setUp().effectiveBasis()) {
            case OWNER_PERSON -> electorates.addOwners(vote.communityId(), id, Electorate.of(
                    electorates.units(vote.communityId()), vote.setUp().includeParking(), vote.setUp().scope()));
            case ADULT -> electorates.addAdults(id, adultBorn);
            case HOUSEHOLD -> electorates.addHouseholds(id, adultBorn);
        }
        if (electorates.size(vote.communityId(), id) == 0) {
            throw new VoteRefused("vote.refused.noElectors", "nobody is eligible to vote in this scope");
        }
    }

    /** Closes the vote at or after its closing time (or one set up without any); see {@link #close(Actor, long, String)}. */
    @Transactional
    public VoteResult close(Actor actor, long id) {
        return close(actor, id, null);
    }

    /**
     * Closes the vote and stores its tally; waits for ballots being cast at this moment, and takes no more. Before
     * its announced closing time only a vote whose results are hidden may close, and only with the reason, which the
     * vote keeps and shows: a vote whose count everyone watches cannot be ended at a moment that suits one side.
     */
    @Transactional
    public VoteResult close(Actor actor, long id, String reason) {
        Vote loaded = managed(actor, id);
        String why = null;
        if (loaded.state() == VoteState.OPEN && loaded.closesAt() != null && !loaded.pastClosing(now())) {
            if (loaded.resultsVisible()) {
                throw new VoteRefused("vote.refused.earlyCloseVisible",
                        "the count is shown while the vote is open, so it closes only at its closing time",
                        org.gongzhi.voting.vote.VotePeriod.shown(loaded.closesAt()));
            }
            why = BallotEntry.required("reason", reason == null || reason.isBlank() ? null : reason.strip(),
                    MAX_REASON);
        }
        Vote vote = step(actor, id, VoteAction.CLOSE);
        if (why != null) {
            votes.recordEarlyClose(vote, why);
            audit.record(vote.communityId(), "VOTE_CLOSED_EARLY", SUBJECT, id,
                    "before its closing time " + vote.closesAt() + ": " + why);
        }
        return tally(vote);
    }

    /** Why the vote was closed before its closing time, if it was. */
    public Optional<String> earlyCloseReason(Vote vote) {
        return vote.state().closed() ? votes.earlyCloseReason(vote.communityId(), vote.id()) : Optional.empty();
    }

    /** Stores the closed vote's tally and tells who waits for it (the proposal it decides): every close ends here. */
    private VoteResult tally(Vote vote) {
        VoteResult result = Tallies.of(vote.setUp(), ballots.counts(vote.communityId(), vote.id()), vote.setUp().silenceClause());
        votes.storeTally(vote.id(), result, vote.changedAt());
        events.publishEvent(new VoteClosed(vote.id(), vote.communityId(), vote.setUp().proposalId(),
                result.outcome() == VoteResult.Outcome.PASSED, vote.closedAt()));
        return result;
    }

    /**
     * Closes every open vote whose closing time has passed at {@code now}, each in its own transaction, as the
     * system; a vote closed meanwhile (by hand, or by another instance) is skipped. Returns how many it closed.
     */
    public int closeOverdue(OffsetDateTime now) {
        int closed = 0;
        for (Votes.Overdue due : votes.overdue(now)) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> closeIfOverdue(due, now)))) {
                    closed++;
                }
            } catch (RuntimeException e) {
                // one vote that cannot close (its follow-up refused, say) must not hold up every vote after it
                log.warn("Vote {} could not close by itself: {}", due.id(), e.getClass().getSimpleName());
            }
        }
        return closed;
    }

    private boolean closeIfOverdue(Votes.Overdue due, OffsetDateTime now) {
        if (!votes.holdOverdue(due, now)) {
            return false;
        }
        Vote vote = votes.get(due.communityId(), due.id());
        VoteState from = vote.state();
        vote.apply(VoteAction.CLOSE, now);
        votes.save(vote, VoteAction.CLOSE);
        audit.record(vote.communityId(), "VOTE_CLOSE", SUBJECT, vote.id(),
                from + " → " + vote.state() + ", closing time " + vote.closesAt() + " passed");
        tally(vote);
        return true;
    }

    /**
     * Moves the closing time of a vote not yet closed: a draft's to any time far enough ahead, an open vote's only
     * later (never shortened) and only while its period runs, with the reason, which the audit trail keeps.
     */
    @Transactional
    public void extend(Actor actor, long id, OffsetDateTime closesAt, String reason) {
        Vote vote = managed(actor, id);
        if (vote.state().closed()) {
            throw new VoteRefused("vote.refused.extendClosed", "the vote has closed; its closing time is history",
                    vote.state());
        }
        OffsetDateTime now = now();
        if (vote.state() == VoteState.OPEN && vote.pastClosing(now)) {
            throw new VoteRefused("vote.refused.extendEnded", "the voting period has already ended");
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            problems.add(new InvalidInput.Problem("reason", "validation.required"));
        } else if (why.length() > MAX_REASON) {
            problems.add(new InvalidInput.Problem("reason", "validation.tooLong", MAX_REASON));
        }
        if (closesAt == null) {
            problems.add(new InvalidInput.Problem("closesAt", "validation.required"));
        } else if (vote.state() == VoteState.OPEN && vote.closesAt() != null && !closesAt.isAfter(vote.closesAt())) {
            problems.add(new InvalidInput.Problem("closesAt", "vote.validation.closesAtNotLater"));
        } else if (!VoteDraft.longEnough(now, closesAt)) {
            problems.add(new InvalidInput.Problem("closesAt", "vote.validation.closesAtSoon",
                    VoteDraft.MIN_PERIOD.toHours()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        votes.moveClosing(vote, closesAt);
        audit.record(vote.communityId(), "VOTE_EXTENDED", SUBJECT, id,
                vote.closesAt() + " → " + closesAt + ": " + why);
    }

    @Transactional
    public void publish(Actor actor, long id) {
        step(actor, id, VoteAction.PUBLISH);
    }

    /** The voter's own ballot from the web, for the elector they belong to. */
    public long castOwn(Actor actor, long id, Answer answer, Set<Integer> options) {
        Vote vote = visible(actor, id);
        long elector = ownElector(actor, vote)
                .orElseThrow(() -> new VoteRefused("vote.refused.notEligible", "not in this vote's electorate")).id();
        BallotEntry entry = BallotEntry.web(answer, options);
        return castAtOnce(vote, elector, entry, actor.residentId(), actor.username()).orElseGet(() -> transaction
                .execute(s -> cast(heldForBallot(actor, id), elector, entry, actor.residentId(), actor.username())));
    }

    /** A paper, proxy or door-to-door ballot entered by staff, with its evidence. */
    public long enter(Actor actor, long id, long electorId, BallotEntry entry) {
        Vote vote = managed(actor, id);
        if (!entry.channel().staffEntered()) {
            throw InvalidInput.of("channel", "vote.validation.channel");
        }
        entry.checkEvidence();
        return castAtOnce(vote, electorId, entry, null, actor.username()).orElseGet(() -> transaction
                .execute(s -> cast(managedHeld(actor, id), electorId, entry, null, actor.username())));
    }

    /**
     * 代办: a paper or door-to-door ballot a helper enters for a resident who asked them, with the resident's consent.
     * The resident is matched by name and address; the ballot is their elector's, cast by them (so it is in their own
     * record), and counts exactly as any staff-entered ballot. Only those who run the vote and may help enter one; a
     * statutory proxy with a written authorisation is a PROXY ballot, never this.
     */
    @Transactional
    public long enterFor(Actor actor, long id, OnBehalfRequest whom, BallotEntry entry) {
        Vote vote = managedHeld(actor, id);
        Permissions.require(onBehalf.mayHelp(actor));
        if (entry.channel() != BallotChannel.PAPER && entry.channel() != BallotChannel.DOOR_TO_DOOR) {
            throw InvalidInput.of("channel", "vote.validation.onBehalfChannel");
        }
        if (entry.proxyName() != null || entry.authorisationRef() != null) {
            throw InvalidInput.of("proxyName", "vote.validation.onBehalfNoProxy");
        }
        entry.checkEvidence();
        OnBehalf helped = onBehalf.check(actor, whom);
        ElectorRef elector = electorates.forResident(vote.communityId(), vote.id(), helped.residentId())
                .orElseThrow(() -> InvalidInput.of("residentName", "vote.validation.onBehalfNotElector"));
        long ballot = cast(vote, elector.id(), entry, helped.residentId(), actor.username());
        ballots.enteredOnBehalf(vote.communityId(), ballot, helped);
        audit.record(vote.communityId(), "BALLOT_ENTERED_ON_BEHALF", SUBJECT, id,
                "ballot " + ballot + " " + entry.channel() + " consent " + helped.consent());
        return ballot;
    }

    /** Whether the actor may enter ballots of this vote for residents who ask them (代办). */
    public boolean mayEnterFor(Actor actor, Vote vote) {
        return permissions.mayManage(actor, vote) && onBehalf.mayHelp(actor);
    }

    /** A stack of paper or door-to-door ballots entered together after a canvassing round; all or none. */
    @Transactional
    public int enterAll(Actor actor, long id, Map<Long, BallotEntry> entriesByElector) {
        Vote vote = managedHeld(actor, id);
        entriesByElector.forEach((electorId, entry) -> {
            if (!entry.channel().staffEntered()) {
                throw InvalidInput.of("channel", "vote.validation.channel");
            }
            entry.checkEvidence();
            cast(vote, electorId, entry, null, actor.username()); // an elector not of the vote is not found
        });
        return entriesByElector.size();
    }

    /** A correction by staff while the vote is open: a new ballot that names the one it replaces, and why. */
    @Transactional
    public long correct(Actor actor, long id, long electorId, BallotEntry entry, String reason) {
        Vote vote = managed(actor, id);
        String why = BallotEntry.required("reason", reason == null || reason.isBlank() ? null : reason.strip(),
                MAX_REASON);
        entry.checkEvidence();
        vote.checkChoice(entry.answer(), entry.options());
        if (!votes.holdOpen(vote.communityId(), id, now())) {
            throw refusedBallot(vote);
        }
        ElectorRef elector = elector(vote, electorId);
        Ballots.CurrentBallot current = ballots.current(vote.communityId(), id, elector.id())
                .orElseThrow(() -> new VoteRefused("vote.refused.nothingToCorrect", "there is no ballot to correct"));
        if (!current.channel().staffEntered()) {
            throw votedOnline(elector);
        }
        long corrected = current.id();
        long ballot = ballots.add(newBallot(vote, electorId, entry, null, actor.username(), corrected, why));
        if (!ballots.replace(vote.communityId(), id, electorId, corrected, ballot)) {
            throw new VoteRefused("vote.refused.stale", "the ballot was corrected by someone else meanwhile");
        }
        audit.record(vote.communityId(), "BALLOT_CORRECTED", SUBJECT, id, "ballot " + corrected + " → " + ballot);
        return ballot;
    }

    /** Records that an elector's ballot paper was delivered (date — today if none — method, by whom). */
    @Transactional
    public void deliver(Actor actor, long id, long electorId, LocalDate on, String method) {
        Vote vote = managed(actor, id);
        ballots.deliver(vote.communityId(), id, elector(vote, electorId).id(), on == null ? LocalDate.now(clock) : on,
                BallotEntry.required("method", method, 100), actor.username());
    }

    /** The result, if the viewer may see it now: stored once closed, live while open unless hidden. */
    public Optional<VoteResult> result(Vote vote) {
        if (vote.state().closed()) {
            return votes.storedTally(vote);
        }
        return vote.resultsVisible()
                ? Optional.of(Tallies.of(vote.setUp(), ballots.counts(vote.communityId(), vote.id()), vote.setUp().silenceClause()))
                : Optional.empty();
    }

    /**
     * The elector the actor votes for: an account verified as a resident (or owner) of a household in the register
     * votes in residents' votes; only one verified as an owner votes in an owners' vote.
     */
    public Optional<ElectorRef> ownElector(Actor actor, Vote vote) {
        boolean verified = vote.setUp().owners() ? actor.has(Role.OWNER) : actor.hasAny(Role.RESIDENT, Role.OWNER);
        return actor.residentId() == null || !verified ? Optional.empty()
                : electorates.forResident(vote.communityId(), vote.id(), actor.residentId());
    }

    /**
     * A ballot for the vote as read, written with the vote's row held in the same statement ({@link
     * Ballots#castAtOnce}, on PostgreSQL): empty when that statement wrote nothing, and the ballot is then cast step
     * by step ({@link #cast}), which refuses it with the reason or writes it.
     */
    private Optional<Long> castAtOnce(Vote vote, long electorId, BallotEntry entry, Long residentId, String by) {
        vote.checkChoice(entry.answer(), entry.options());
        return ballots.castAtOnce(newBallot(vote, electorId, entry, residentId, by, null, null));
    }

    /** A ballot for the vote as read with its row held ({@link #heldForBallot}): admitted while it is open. */
    private long cast(Vote vote, long electorId, BallotEntry entry, Long residentId, String by) {
        vote.checkChoice(entry.answer(), entry.options());
        if (vote.state() != VoteState.OPEN || vote.pastClosing(now())) {
            throw refusedBallot(vote);
        }
        long ballot = ballots.add(newBallot(vote, electorId, entry, residentId, by, null, null));
        if (!ballots.claim(vote.communityId(), vote.id(), electorId, ballot)) {
            if (entry.channel().staffEntered()) {
                Optional<Ballots.CurrentBallot> current = ballots.current(vote.communityId(), vote.id(), electorId);
                if (current.isPresent() && !current.get().channel().staffEntered()) {
                    throw votedOnline(elector(vote, electorId));
                }
            }
            throw VoteRefused.alreadyVoted();
        }
        return ballot;
    }

    /** The voter cast this ballot themselves on the web: only they could change it, and staff may not overwrite it. */
    private static VoteRefused votedOnline(ElectorRef elector) {
        return new VoteRefused("vote.refused.votedOnline",
                "this elector voted online themselves; staff may not enter or correct a ballot over it",
                elector.displayName());
    }

    /** Why the vote takes no ballot now: its period ended (even if nobody closed it yet), or it is not open. */
    private VoteRefused refusedBallot(Vote loaded) {
        Vote vote = votes.get(loaded.communityId(), loaded.id());
        return vote.state() == VoteState.OPEN && vote.pastClosing(now()) ? VoteRefused.periodEnded(vote.closesAt())
                : VoteRefused.notOpen(vote.state());
    }

    private NewBallot newBallot(Vote vote, long electorId, BallotEntry e, Long residentId, String by, Long corrects,
            String reason) {
        return new NewBallot(vote.communityId(), vote.id(), electorId, e.answer(), e.options(), e.channel(),
                e.evidence(), e.proxyName(), e.authorisationRef(), residentId, by, now(), corrects, reason);
    }

    private Vote step(Actor actor, long id, VoteAction action) {
        Vote vote = managed(actor, id);
        VoteState from = vote.state();
        vote.apply(action, now());
        votes.save(vote, action);
        audit.record(vote.communityId(), "VOTE_" + action, SUBJECT, id, from + " → " + vote.state());
        return vote;
    }

    /**
     * The vote a ballot is for, if the actor may see it, read with its row held until the ballot commits: a close or
     * an extension cannot slip in between, while ballots go in side by side ({@link Votes#holdForBallot}).
     */
    private Vote heldForBallot(Actor actor, long id) {
        return seenBy(actor, id, votes.holdForBallot(community(actor), id));
    }

    /** The vote found, if the actor may see it; otherwise it does not exist for them. */
    private Vote seenBy(Actor actor, long id, Optional<Vote> found) {
        return found.filter(vote -> permissions.mayView(actor, vote)).orElseThrow(() -> new NotFound("vote " + id));
    }

    private Vote managedHeld(Actor actor, long id) {
        return managing(actor, heldForBallot(actor, id));
    }

    private Vote managed(Actor actor, long id) {
        return managing(actor, visible(actor, id));
    }

    private Vote managing(Actor actor, Vote vote) {
        Permissions.require(permissions.mayManage(actor, vote));
        return vote;
    }

    private ElectorRef elector(Vote vote, long electorId) {
        return electorates.get(vote.communityId(), vote.id(), electorId).orElseThrow(() -> new NotFound("elector " + electorId));
    }

    private Optional<DecidedProposals> decidedProposals() {
        return Optional.ofNullable(proposals.getIfAvailable());
    }

    private static long community(Actor actor) {
        Permissions.require(actor.communityId() != null);
        return actor.communityId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
