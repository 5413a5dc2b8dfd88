package org.gongzhi.voting;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.tally.PassRule;

/**
 * A vote as its organiser sets it up, before it opens. {@link #problems} is where the set-up is checked.
 * {@code proposalId}, if set, names the proposal (议题) the vote decides; {@code closesAt} is the end of the voting
 * period (表决期限), required for every new vote (votes set up before it existed may have none).
 */
public record VoteDraft(VoteKind kind, String title, String description, Integer matterItem, ElectorBasis basis,
        ChoiceType choiceType, Integer maxChoices, List<String> options, Integer passPerMille,
        Comparison passComparison, Integer turnoutPerMille, VoteScope.Kind scopeKind, Set<Long> scopeIds,
        boolean includeParking, boolean silenceClause, boolean resultsHidden, Long proposalId,
        OffsetDateTime closesAt) {

    /** A vote runs at least this long after it opens, so that nobody is surprised by its end. */
    public static final Duration MIN_PERIOD = Duration.ofHours(1);
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    static final int MAX_OPTIONS = 10;
    private static final String REQUIRED = "validation.required";

    public VoteDraft {
        options = options == null ? List.of() : options.stream().filter(o -> o != null && !o.isBlank())
                .map(String::strip).toList();
        scopeIds = scopeIds == null ? Set.of() : Set.copyOf(scopeIds);
        scopeKind = scopeKind == null ? VoteScope.Kind.COMMUNITY : scopeKind;
    }

    /** A vote that decides no proposal. */
    public VoteDraft(VoteKind kind, String title, String description, Integer matterItem, ElectorBasis basis,
            ChoiceType choiceType, Integer maxChoices, List<String> options, Integer passPerMille,
            Comparison passComparison, Integer turnoutPerMille, VoteScope.Kind scopeKind, Set<Long> scopeIds,
            boolean includeParking, boolean silenceClause, boolean resultsHidden) {
        this(kind, title, description, matterItem, basis, choiceType, maxChoices, options, passPerMille,
                passComparison, turnoutPerMille, scopeKind, scopeIds, includeParking, silenceClause, resultsHidden,
                null, null);
    }

    /** The same set-up, deciding the given proposal. */
    public VoteDraft deciding(Long proposal) {
        return new VoteDraft(kind, title, description, matterItem, basis, choiceType, maxChoices, options,
                passPerMille, passComparison, turnoutPerMille, scopeKind, scopeIds, includeParking, silenceClause,
                resultsHidden, proposal, closesAt);
    }

    /** The same set-up, closing at the given time. */
    public VoteDraft closingAt(OffsetDateTime at) {
        return new VoteDraft(kind, title, description, matterItem, basis, choiceType, maxChoices, options,
                passPerMille, passComparison, turnoutPerMille, scopeKind, scopeIds, includeParking, silenceClause,
                resultsHidden, proposalId, at);
    }

    /** Whether a vote opening at {@code openedAt} would run long enough before closing at {@code closesAt}. */
    public static boolean longEnough(OffsetDateTime openedAt, OffsetDateTime closesAt) {
        return closesAt != null && !closesAt.isBefore(openedAt.plus(MIN_PERIOD));
    }

    public boolean owners() {
        return kind == VoteKind.OWNERS;
    }

    public VoteScope scope() {
        return new VoteScope(scopeKind, scopeKind == VoteScope.Kind.COMMUNITY ? Set.of() : scopeIds);
    }

    public Optional<MatterItem> item() {
        return matterItem == null ? Optional.empty() : MatterItem.numbered(matterItem);
    }

    public ElectorBasis effectiveBasis() {
        return owners() ? ElectorBasis.OWNER_PERSON : basis;
    }

    public ChoiceType effectiveChoice() {
        return owners() ? ChoiceType.AGREE_DISAGREE_ABSTAIN : choiceType;
    }

    public PassRule passRule() {
        return owners() || passPerMille == null ? null : new PassRule(passPerMille, passComparison);
    }

    /**
     * Every way the set-up breaks a rule, each naming its field; throws them all at once. {@code now} is the earliest
     * the vote could open: its closing time must be at least {@link #MIN_PERIOD} after it.
     */
    public void check(OffsetDateTime now) {
        List<Problem> problems = problems();
        if (closesAt != null && !longEnough(now, closesAt)) {
            problems.add(new Problem("closesAt", "vote.validation.closesAtSoon", MIN_PERIOD.toHours()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("kind", REQUIRED));
            return problems;
        }
        // the title's and description's own rules are the form's and request's annotations
        if (closesAt == null) {
            problems.add(new Problem("closesAt", REQUIRED));
        }
        if (owners()) {
            ownersRules(problems);
        } else {
            residentRules(problems);
        }
        if (scopeKind != VoteScope.Kind.COMMUNITY && scopeIds.isEmpty()) {
            problems.add(new Problem("scopeIds", "vote.validation.scopeEmpty"));
        }
        if (proposalId != null && effectiveChoice() != null
                && effectiveChoice() != ChoiceType.AGREE_DISAGREE_ABSTAIN) {
            problems.add(new Problem("choiceType", "vote.validation.proposalNeedsVerdict"));
        }
        return problems;
    }

    private void ownersRules(List<Problem> problems) {
        if (item().isEmpty()) {
            problems.add(new Problem("matterItem", "voting.validation.matterItem"));
        }
        if (scopeKind == VoteScope.Kind.GRIDS) {
            problems.add(new Problem("scopeKind", "vote.validation.ownersByBuilding"));
        }
    }

    private void residentRules(List<Problem> problems) {
        if (basis == null || basis == ElectorBasis.OWNER_PERSON) {
            problems.add(new Problem("basis", REQUIRED));
        }
        if (silenceClause) {
            problems.add(new Problem("silenceClause", "vote.validation.silenceOwnersOnly"));
        }
        if (choiceType == null) {
            problems.add(new Problem("choiceType", REQUIRED));
        } else if (choiceType != ChoiceType.AGREE_DISAGREE_ABSTAIN) {
            optionRules(problems);
        }
        perMille(problems, "passPerMille", passPerMille);
        perMille(problems, "turnoutPerMille", turnoutPerMille);
        if (passPerMille != null && passComparison == null) {
            problems.add(new Problem("passComparison", REQUIRED));
        }
    }

    private void optionRules(List<Problem> problems) {
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            problems.add(new Problem("options", "vote.validation.options", MAX_OPTIONS));
        }
        options.stream().filter(o -> o.length() > MAX_TITLE).findFirst()
                .ifPresent(o -> problems.add(new Problem("options", "validation.tooLong", MAX_TITLE)));
        if (choiceType == ChoiceType.MULTIPLE
                && (maxChoices == null || maxChoices < 1 || maxChoices > options.size())) {
            problems.add(new Problem("maxChoices", "vote.validation.maxChoices", options.size()));
        }
    }

    private static void perMille(List<Problem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 1000)) {
            problems.add(new Problem(field, "vote.validation.perMille"));
        }
    }
}
