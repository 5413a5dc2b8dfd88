package org.gongzhi.deliberation.proposal;

import static org.gongzhi.shared.domain.TextRules.optional;
import static org.gongzhi.shared.domain.TextRules.required;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.deliberation.ProposalCompleted;
import org.gongzhi.deliberation.ProposalDeliberated;
import org.gongzhi.deliberation.ProposalMerged;
import org.gongzhi.deliberation.ProposalNotAdopted;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalPutOnAgenda;
import org.gongzhi.deliberation.ProposalPutOnNotice;
import org.gongzhi.deliberation.ProposalPutToDecision;
import org.gongzhi.deliberation.ProposalRejected;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSubmitted;
import org.gongzhi.deliberation.ProposalWorkStarted;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/**
 * A proposal (议题) raised by a resident, taken through DRAFT → SUBMITTED → (REJECTED | MERGED | ON_AGENDA) →
 * DELIBERATED → ON_NOTICE → DECIDING → (ADOPTED | NOT_ADOPTED) → IN_PROGRESS → DONE. Every step is checked here,
 * recorded as a {@link ProposalChange} for the timeline and registered as an event named in the past tense.
 */
public final class Proposal {

    /** How the audit trail names a proposal. */
    public static final String SUBJECT = "proposal";

    public static final int MAX_REASON = 500;
    public static final int MAX_MEETING = 200;

    private final Long id;
    private final long communityId;
    private final long authorResidentId;
    private final int version;
    private ProposalContent content;
    private ProposalPlace place;
    private ProposalState state;
    private Long mergedIntoId;
    private String meeting;
    private Integer agendaThreshold;
    private final List<ProposalChange> changes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Proposal(Long id, long communityId, long authorResidentId, int version, ProposalContent content,
            ProposalPlace place, ProposalState state, Long mergedIntoId, String meeting, Integer agendaThreshold) {
        this.id = id;
        this.communityId = communityId;
        this.authorResidentId = authorResidentId;
        this.version = version;
        this.content = content;
        this.place = place;
        this.state = state;
        this.mergedIntoId = mergedIntoId;
        this.meeting = meeting;
        this.agendaThreshold = agendaThreshold;
    }

    /** A new draft, seen only by its author until submitted. */
    public static Proposal draft(long communityId, long authorResidentId, ProposalContent content,
            ProposalPlace place, OffsetDateTime at) {
        Proposal proposal = new Proposal(null, communityId, authorResidentId, 0, content, place, ProposalState.DRAFT,
                null, null, null);
        proposal.changes.add(new ProposalChange(ProposalChange.CREATED, null, ProposalState.DRAFT, null, at));
        return proposal;
    }

    /** The author rewrites the draft; a submitted proposal keeps the words people supported. */
    public void revise(long residentId, ProposalContent newContent, ProposalPlace newPlace) {
        checkRevise(residentId);
        content = newContent;
        place = newPlace;
    }

    /** Only the author changes the proposal, and only while it is a draft. */
    public void checkRevise(Long residentId) {
        requireAuthor(residentId);
        if (state != ProposalState.DRAFT) {
            throw new Refused("proposal.refused.revise", "only a draft can be changed", state);
        }
    }

    /** The author submits the draft; from now on the community's support threshold applies to it. */
    public void submit(long residentId, int threshold, OffsetDateTime at) {
        requireAuthor(residentId);
        take(ProposalAction.SUBMIT, null, at);
        agendaThreshold = threshold;
    }

    public void reject(String reason, OffsetDateTime at) {
        requireState(ProposalAction.REJECT);
        take(ProposalAction.REJECT, required(reason, "reason", MAX_REASON), at);
    }

    /** Merges this proposal into another one that is still open; this one then points to the target. */
    public void mergeInto(Proposal target, String reason, OffsetDateTime at) {
        requireState(ProposalAction.MERGE);
        if (target.id == null || target.id.equals(id) || target.communityId != communityId) {
            throw InvalidInput.of("targetId", "proposal.validation.mergeTarget");
        }
        if (!target.state.acceptsSupport()) {
            throw new Refused("proposal.refused.mergeTarget",
                    "the target proposal is no longer open", target.state);
        }
        String why = optional(reason, "reason", MAX_REASON);
        mergedIntoId = target.id;
        record(ProposalAction.MERGE.name(), ProposalAction.MERGE, why, at);
    }

    /** Puts the proposal on a deliberation meeting's agenda; the meeting is a date and place in words for now. */
    public void putOnAgenda(String meetingText, String reason, OffsetDateTime at) {
        requireState(ProposalAction.PUT_ON_AGENDA);
        String when = optional(meetingText, "meeting", MAX_MEETING);
        String why = optional(reason, "reason", MAX_REASON);
        meeting = when;
        record(ProposalAction.PUT_ON_AGENDA.name(), ProposalAction.PUT_ON_AGENDA, why, at);
    }

    /** Puts a submitted proposal on the agenda once its supports reach its threshold; true if it did so now. */
    public boolean reachSupportThreshold(long supports, OffsetDateTime at) {
        if (state != ProposalState.SUBMITTED || agendaThreshold == null || supports < agendaThreshold) {
            return false;
        }
        record(ProposalChange.THRESHOLD_REACHED, ProposalAction.PUT_ON_AGENDA, null, at);
        return true;
    }

    /** A step after the agenda (deliberated, on notice, deciding, adopted or not, in progress, done). */
    public void takeStep(ProposalAction action, String reason, OffsetDateTime at) {
        if (action.stage() != ProposalAction.Stage.FOLLOW_UP) {
            throw InvalidInput.of("action", "validation.choice", action.name());
        }
        take(action, optional(reason, "reason", MAX_REASON), at);
    }

    /** A resident may support someone else's proposal while it is open. */
    public void checkSupport(long residentId) {
        if (!state.acceptsSupport()) {
            throw new Refused("proposal.refused.supportClosed",
                    "the proposal no longer takes supports", state);
        }
        if (isAuthor(residentId)) {
            throw new Refused("proposal.refused.supportOwn", "this is your own proposal");
        }
    }

    public void checkComment() {
        if (!state.acceptsComments()) {
            throw new Refused("proposal.refused.commentClosed",
                    "the proposal is not open for comments", state);
        }
    }

    /** Residents follow (subscribe to) a proposal once it is public; a draft has no followers. */
    public void checkMayBeFollowed() {
        if (!state.isPublic()) {
            throw new Refused("proposal.refused.followDraft", "a draft cannot be followed", state);
        }
    }

    public boolean isAuthor(Long residentId) {
        return residentId != null && residentId == authorResidentId;
    }

    private void take(ProposalAction action, String reason, OffsetDateTime at) {
        requireState(action);
        record(action.name(), action, reason, at);
    }

    private void requireState(ProposalAction action) {
        if (state != action.from()) {
            throw new Refused("proposal.refused.state", "cannot " + action + " a proposal that is " + state, action,
                    state);
        }
    }

    private void record(String label, ProposalAction action, String reason, OffsetDateTime at) {
        changes.add(new ProposalChange(label, state, action.to(), reason, at));
        ProposalState from = state;
        state = action.to();
        if (id != null) {
            events.add(event(action, label.equals(ProposalChange.THRESHOLD_REACHED), reason, at));
            events.add(new ProposalStageChanged(id, communityId, from, state, at));
        }
    }

    private Object event(ProposalAction action, boolean byThreshold, String reason, OffsetDateTime at) {
        long pid = Objects.requireNonNull(id);
        return switch (action) {
            case SUBMIT -> new ProposalSubmitted(pid, communityId, content.category(), at);
            case REJECT -> new ProposalRejected(pid, communityId, reason, at);
            case MERGE -> new ProposalMerged(pid, communityId, Objects.requireNonNull(mergedIntoId), at);
            case PUT_ON_AGENDA -> new ProposalPutOnAgenda(pid, communityId, byThreshold, meeting, at);
            case DELIBERATE -> new ProposalDeliberated(pid, communityId, at);
            case PUT_ON_NOTICE -> new ProposalPutOnNotice(pid, communityId, at);
            case OPEN_DECISION -> new ProposalPutToDecision(pid, communityId, at);
            case ADOPT -> new ProposalAdopted(pid, communityId, at);
            case NOT_ADOPT -> new ProposalNotAdopted(pid, communityId, reason, at);
            case START_WORK -> new ProposalWorkStarted(pid, communityId, at);
            case COMPLETE -> new ProposalCompleted(pid, communityId, at);
        };
    }

    private void requireAuthor(Long residentId) {
        if (!isAuthor(residentId)) {
            throw new Refused("proposal.refused.notAuthor", "only the author may do this");
        }
    }

    /** The steps taken since the proposal was loaded, oldest first, for the timeline. */
    public List<ProposalChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** The events registered since the proposal was loaded, to be published once it is saved. */
    public List<Object> events() {
        return Collections.unmodifiableList(events);
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public long authorResidentId() {
        return authorResidentId;
    }

    public int version() {
        return version;
    }

    public ProposalContent content() {
        return content;
    }

    public ProposalPlace place() {
        return place;
    }

    public ProposalState state() {
        return state;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public String meeting() {
        return meeting;
    }

    public Integer agendaThreshold() {
        return agendaThreshold;
    }
}
