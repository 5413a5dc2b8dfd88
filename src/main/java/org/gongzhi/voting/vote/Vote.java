package org.gongzhi.voting.vote;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteState;
import org.gongzhi.voting.ballot.Answer;

/**
 * A vote (民事民决): DRAFT → OPEN → CLOSED → PUBLISHED. It guards its own steps and says which ballots it takes;
 * who may vote is frozen into the electorate when it opens, and its tally is stored when it closes.
 */
public final class Vote {

    private final Long id;
    private final long communityId;
    private final VoteDraft setUp;
    private final int version;
    private VoteState state;
    private LocalDate openedOn;
    private OffsetDateTime changedAt;
    private OffsetDateTime closedAt;
    private OffsetDateTime openedAt;

    public Vote(Long id, long communityId, VoteDraft setUp, VoteState state, LocalDate openedOn,
            OffsetDateTime closedAt, int version) {
        this(id, communityId, setUp, state, openedOn, null, closedAt, version);
    }

    public Vote(Long id, long communityId, VoteDraft setUp, VoteState state, LocalDate openedOn,
            OffsetDateTime openedAt, OffsetDateTime closedAt, int version) {
        this.id = id;
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.communityId = communityId;
        this.setUp = setUp;
        this.state = state;
        this.openedOn = openedOn;
        this.version = version;
    }

    /** Takes one step of the vote's life, or refuses it with a reason a person can read. */
    public void apply(VoteAction action, OffsetDateTime at) {
        if (state != action.from()) {
            throw new VoteRefused("vote.refused.state", "cannot " + action + " a vote that is " + state, action,
                    state);
        }
        if (action == VoteAction.OPEN) {
            if (setUp.closesAt() == null) {
                throw InvalidInput.of("closesAt", "validation.required");
            }
            if (!VoteDraft.longEnough(at, setUp.closesAt())) {
                throw InvalidInput.of("closesAt", "vote.validation.closesAtSoon", VoteDraft.MIN_PERIOD.toHours());
            }
            openedOn = at.toLocalDate();
            openedAt = at;
        }
        if (action == VoteAction.CLOSE) {
            closedAt = at;
        }
        state = action.to();
        changedAt = at;
    }

    /** Ballots are taken only while the vote is open. */
    public void requireOpen() {
        if (state != VoteState.OPEN) {
            throw VoteRefused.notOpen(state);
        }
    }

    /** Whether the voting period has ended at {@code now}: no ballot counts any more, even before the close. */
    public boolean pastClosing(OffsetDateTime now) {
        return setUp.closesAt() != null && !now.isBefore(setUp.closesAt());
    }

    /** Whether the ballot's choice is one this vote asks for; throws the problem otherwise. */
    public void checkChoice(Answer answer, Set<Integer> options) {
        ChoiceType type = setUp.effectiveChoice();
        boolean fits = switch (type) {
            case AGREE_DISAGREE_ABSTAIN -> answer != null && options.isEmpty();
            case SINGLE -> answer == null && options.size() == 1 && validOptions(options);
            case MULTIPLE -> answer == null && !options.isEmpty() && options.size() <= setUp.maxChoices()
                    && validOptions(options);
        };
        if (!fits) {
            throw InvalidInput.of(type == ChoiceType.AGREE_DISAGREE_ABSTAIN ? "answer" : "options",
                    "vote.validation.choice." + type, setUp.maxChoices());
        }
    }

    private boolean validOptions(Set<Integer> options) {
        return options.stream().allMatch(p -> p >= 1 && p <= setUp.options().size());
    }

    /** Results show while the vote is open unless its organiser hid them until the close. */
    public boolean resultsVisible() {
        return state.closed() || state == VoteState.OPEN && !setUp.resultsHidden();
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public VoteDraft setUp() {
        return setUp;
    }

    public VoteKind kind() {
        return setUp.kind();
    }

    public boolean owners() {
        return setUp.owners();
    }

    public String title() {
        return setUp.title().strip();
    }

    public List<String> options() {
        return setUp.options();
    }

    public VoteState state() {
        return state;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /** The end of the voting period (表决期限), or null for a vote set up before votes had one. */
    public OffsetDateTime closesAt() {
        return setUp.closesAt();
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }
}
