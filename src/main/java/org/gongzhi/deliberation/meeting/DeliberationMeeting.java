package org.gongzhi.deliberation.meeting;

import static org.gongzhi.shared.domain.TextRules.optional;
import static org.gongzhi.shared.domain.TextRules.required;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Money;
import org.gongzhi.shared.domain.Refused;

/**
 * A deliberation meeting (议事会): when and where, the proposals on its agenda, who was invited and who attended
 * for each of the four parties. It is quorate only when all four parties attend (unless the meeting says
 * otherwise). For each agenda proposal the four parties answer (四议共答, append-only), then the meeting records a
 * consensus plan which each party co-signs (会签); the fourth signature of a quorate meeting deliberates it.
 */
public final class DeliberationMeeting {

    public static final int MAX_PLACE = 200;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 100;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Long id;
    private final long communityId;
    private final LocalDateTime heldAt;
    private final String place;
    private final boolean requireAllFourParties;
    private final String advisers;
    private final List<Invitee> invitees;
    private final List<Long> agenda = new ArrayList<>();
    private final Set<Party> attended = EnumSet.noneOf(Party.class);
    private final List<Answer> answers = new ArrayList<>();
    private final Map<Long, Plan> plans = new HashMap<>();
    private final Map<Long, Map<Party, Signature>> signatures = new HashMap<>();

    public record Invitee(Party party, String name, String zoneGroup) {
    }

    /**
     * A party's answer; {@code onBehalf} when staff recorded it for the party's representative who was present
     * without a phone (代录), {@code onBehalfOf} naming them when staff said whom.
     */
    public record Answer(long proposalId, Party party, AnswerPosition position, String reasoning,
            String contribution, String recordedBy, OffsetDateTime recordedAt, boolean onBehalf, String onBehalfOf) {
    }

    public record Plan(long proposalId, String text, long costFen, String fundingSource, String responsibilities,
            String recordedBy, OffsetDateTime recordedAt) {

        public String cost() {
            return Money.yuan(costFen);
        }
    }

    /** A co-signature; {@code recordedBy} names the staff who recorded it for the signer (代录), null when own. */
    public record Signature(long proposalId, Party party, String signer, OffsetDateTime signedAt, String recordedBy) {

        public boolean onBehalf() {
            return recordedBy != null;
        }
    }

    /** A meeting still to be held that has a proposal on its agenda, and when it is held. */
    public record OpenAgenda(long meetingId, LocalDateTime heldAt) {
    }

    DeliberationMeeting(Long id, long communityId, LocalDateTime heldAt, String place,
            boolean requireAllFourParties, String advisers, List<Invitee> invitees) {
        this.id = id;
        this.communityId = communityId;
        this.heldAt = heldAt;
        this.place = place;
        this.requireAllFourParties = requireAllFourParties;
        this.advisers = advisers;
        this.invitees = List.copyOf(invitees);
    }

    /** A new meeting, checked: a time, a place, and invited names that are not blank. */
    public static DeliberationMeeting plan(long communityId, LocalDateTime heldAt, String place,
            Boolean requireAllFourParties, String advisers, List<Invitee> invitees) {
        if (heldAt == null) {
            throw InvalidInput.of("heldAt", "validation.required");
        }
        List<Invitee> checked = new ArrayList<>();
        for (Invitee invitee : invitees == null ? List.<Invitee>of() : invitees) {
            if (invitee.party() == null) {
                throw InvalidInput.of("invitees", "validation.required");
            }
            String name = optional(invitee.name(), "invitees", MAX_NAME);
            if (name != null) {
                checked.add(new Invitee(invitee.party(), name, optional(invitee.zoneGroup(), "invitees", MAX_NAME)));
            }
        }
        return new DeliberationMeeting(null, communityId, heldAt, required(place, "place", MAX_PLACE),
                requireAllFourParties == null || requireAllFourParties, optional(advisers, "advisers", MAX_TEXT),
                checked);
    }

    /**
     * Puts a proposal on this meeting's agenda: one that is on the agenda (ON_AGENDA), not yet on this meeting's, and
     * not on the agenda of another meeting still to be held ({@code elsewhere}); a meeting held takes no new items.
     */
    public void addToAgenda(long proposalId, ProposalState state, LocalDateTime now, Optional<OpenAgenda> elsewhere) {
        if (isHeld(now)) {
            throw new Refused("meeting.refused.held", "the meeting has been held: no new items");
        }
        if (state != ProposalState.ON_AGENDA) {
            throw new Refused("meeting.refused.notOnAgenda",
                    "only a proposal on the agenda can be deliberated", state);
        }
        if (agenda.contains(proposalId)) {
            throw new Refused("meeting.refused.alreadyOnAgenda", "already on this meeting's agenda");
        }
        elsewhere.filter(other -> !Long.valueOf(other.meetingId()).equals(id)).ifPresent(other -> {
            throw new Refused("meeting.refused.onOpenAgenda",
                    "already on the agenda of meeting " + other.meetingId() + ", still to be held",
                    other.meetingId(), SHOWN.format(other.heldAt()));
        });
        agenda.add(proposalId);
    }

    /** Who attended; nobody is no attendance at all, so a meeting once held stays held. */
    public void recordAttendance(Set<Party> parties) {
        if (parties.isEmpty()) {
            throw InvalidInput.of("parties", "meeting.validation.attendance");
        }
        attended.clear();
        attended.addAll(parties);
    }

    public boolean isQuorate() {
        return requireAllFourParties ? attended.containsAll(EnumSet.allOf(Party.class)) : !attended.isEmpty();
    }

    /** Held once its time has come and the attendance is recorded: only then are there minutes to publish. */
    public boolean isHeld(LocalDateTime now) {
        return !heldAt.isAfter(now) && !attended.isEmpty();
    }

    /** A party's written answer; a revision is a new answer, the latest one counts. */
    public Answer answer(long proposalId, Party party, AnswerPosition position, String reasoning,
            String contribution, String recordedBy, OffsetDateTime at) {
        return answer(proposalId, party, position, reasoning, contribution, recordedBy, at, false, null);
    }

    /** A party's answer, given by its own account or recorded by staff on behalf of the person named. */
    public Answer answer(long proposalId, Party party, AnswerPosition position, String reasoning,
            String contribution, String recordedBy, OffsetDateTime at, boolean onBehalf, String onBehalfOf) {
        requireOnAgenda(proposalId);
        if (party == null) {
            throw InvalidInput.of("party", "validation.required");
        }
        if (position == null) {
            throw InvalidInput.of("position", "validation.required");
        }
        if (hasPlan(proposalId)) {
            throw new Refused("meeting.refused.planRecorded",
                    "the plan is recorded; answers can no longer change");
        }
        Answer answer = new Answer(proposalId, party, position, required(reasoning, "reasoning", MAX_TEXT),
                optional(contribution, "contribution", MAX_TEXT), recordedBy, at, onBehalf,
                onBehalf ? optional(onBehalfOf, "onBehalfOf", MAX_NAME) : null);
        answers.add(answer);
        return answer;
    }

    /** The consensus plan, once the meeting is quorate and all four parties have answered. */
    public Plan recordPlan(long proposalId, String text, String costYuan, String fundingSource,
            String responsibilities, String recordedBy, OffsetDateTime at) {
        requireOnAgenda(proposalId);
        requireQuorate();
        if (latestAnswers(proposalId).size() < Party.values().length) {
            throw new Refused("meeting.refused.answersMissing",
                    "all four parties must answer first");
        }
        if (hasPlan(proposalId)) {
            throw new Refused("meeting.refused.planRecorded", "the plan is already recorded");
        }
        String body = required(text, "plan", MAX_TEXT);
        long fen = Money.fen(costYuan, "cost");
        Plan plan = new Plan(proposalId, body, fen, required(fundingSource, "fundingSource", MAX_PLACE),
                required(responsibilities, "responsibilities", MAX_TEXT), recordedBy, at);
        plans.put(proposalId, plan);
        return plan;
    }

    /** A party's representative co-signs the plan; true when this was the fourth signature. */
    public boolean sign(long proposalId, Party party, String signer, OffsetDateTime at) {
        return sign(proposalId, party, signer, at, null);
    }

    /** A co-signature; {@code recordedBy} names the staff who recorded it for the signer, null when it is their own. */
    public boolean sign(long proposalId, Party party, String signer, OffsetDateTime at, String recordedBy) {
        requireOnAgenda(proposalId);
        if (party == null) {
            throw InvalidInput.of("party", "validation.required");
        }
        if (!hasPlan(proposalId)) {
            throw new Refused("meeting.refused.noPlan", "there is no plan to sign yet");
        }
        requireQuorate();
        Map<Party, Signature> signed = signatures.computeIfAbsent(proposalId, k -> new EnumMap<>(Party.class));
        if (signed.containsKey(party)) {
            throw new Refused("meeting.refused.signed", "this party has already signed", party);
        }
        signed.put(party, new Signature(proposalId, party, required(signer, "signer", MAX_NAME), at,
                recordedBy));
        return signed.size() == Party.values().length;
    }

    public boolean fullySigned(long proposalId) {
        return signatures.getOrDefault(proposalId, Map.of()).size() == Party.values().length;
    }

    /** The latest answer of each party that has answered, in the order of the parties. */
    public Map<Party, Answer> latestAnswers(long proposalId) {
        Map<Party, Answer> latest = new EnumMap<>(Party.class);
        for (Answer answer : answers) {
            if (answer.proposalId() == proposalId) {
                latest.put(answer.party(), answer);
            }
        }
        return latest;
    }

    public List<Answer> answers(long proposalId) {
        return answers.stream().filter(a -> a.proposalId() == proposalId).toList();
    }

    public Plan plan(long proposalId) {
        return plans.get(proposalId);
    }

    public Map<Party, Signature> signatures(long proposalId) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(signatures.getOrDefault(proposalId, Map.of())));
    }

    private boolean hasPlan(long proposalId) {
        return plans.containsKey(proposalId);
    }

    private void requireOnAgenda(long proposalId) {
        if (!agenda.contains(proposalId)) {
            throw new Refused("meeting.refused.notInMeeting", "not on this meeting's agenda");
        }
    }

    private void requireQuorate() {
        if (!isQuorate()) {
            throw new Refused("meeting.refused.notQuorate",
                    "the meeting is not quorate: all four parties must attend");
        }
    }

    // loading from storage, without the checks
    void load(List<Long> agendaIds, Set<Party> attendance, List<Answer> storedAnswers, List<Plan> storedPlans,
            List<Signature> storedSignatures) {
        agenda.addAll(agendaIds);
        attended.addAll(attendance);
        answers.addAll(storedAnswers);
        storedPlans.forEach(p -> plans.put(p.proposalId(), p));
        storedSignatures.forEach(s -> signatures.computeIfAbsent(s.proposalId(), k -> new EnumMap<>(Party.class))
                .put(s.party(), s));
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public LocalDateTime heldAt() {
        return heldAt;
    }

    public String place() {
        return place;
    }

    public boolean requireAllFourParties() {
        return requireAllFourParties;
    }

    public String advisers() {
        return advisers;
    }

    public List<Invitee> invitees() {
        return invitees;
    }

    public List<Long> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public Set<Party> attended() {
        return Collections.unmodifiableSet(attended);
    }
}
