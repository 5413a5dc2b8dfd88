package org.gongzhi.voting.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteScope;

/**
 * The new-vote page's form, every field as typed; options one per line, buildings or grids as "1, 2, 5"; the
 * proposal the vote decides, if any, as a hidden field; the closing time as a datetime-local field (Shanghai time). A
 * checkbox left unticked is not sent, so the flags may be null.
 */
public record VoteForm(VoteKind kind, String title, String description, String matterItem, ElectorBasis basis,
        ChoiceType choiceType, String maxChoices, String options, String passPerMille, Comparison passComparison,
        String turnoutPerMille, VoteScope.Kind scopeKind, String scopeNumbers, Boolean includeParking,
        Boolean silenceClause, Boolean resultsHidden, String proposalId, String closesAt) {

    static VoteForm empty() {
        return deciding(null, null, null);
    }

    /** A residents' agree / disagree / abstain vote on the proposal, titled and described from it. */
    static VoteForm deciding(Long proposal, String title, String description) {
        String text = description == null || description.length() <= VoteDraft.MAX_DESCRIPTION ? description
                : description.substring(0, VoteDraft.MAX_DESCRIPTION);
        return new VoteForm(VoteKind.RESIDENTS, title, text, null, ElectorBasis.ADULT,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, null, null, null, Comparison.MORE_THAN, null,
                VoteScope.Kind.COMMUNITY, null, false, false, false, proposal == null ? null : proposal.toString(),
                null);
    }

    /** The same form, offering this closing time ("2026-12-05T18:00"). */
    VoteForm closingAt(String at) {
        return new VoteForm(kind, title, description, matterItem, basis, choiceType, maxChoices, options, passPerMille,
                passComparison, turnoutPerMille, scopeKind, scopeNumbers, includeParking, silenceClause, resultsHidden,
                proposalId, at);
    }

    /** The proposal the hidden field names, if it is a number: to show it beside the form. */
    Optional<Long> namedProposal() {
        try {
            return Optional.ofNullable(proposal());
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    /** The proposal the vote is to decide, if the form names one. */
    Long proposal() {
        if (proposalId == null || proposalId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(proposalId.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("proposalId", "vote.validation.number");
        }
    }

    /** The draft, with the buildings or grids named by number turned into ids by {@code ids}. */
    VoteDraft draft(Function<Set<Integer>, Set<Long>> ids) {
        List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
        return new VoteDraft(kind, title, description, number("matterItem", matterItem), basis, choiceType,
                number("maxChoices", maxChoices), lines, number("passPerMille", passPerMille), passComparison,
                number("turnoutPerMille", turnoutPerMille), scopeKind, ids.apply(numbers()),
                Boolean.TRUE.equals(includeParking), Boolean.TRUE.equals(silenceClause),
                Boolean.TRUE.equals(resultsHidden), proposal(), VoteTimes.parse("closesAt", closesAt));
    }

    Set<Integer> numbers() {
        Set<Integer> numbers = new LinkedHashSet<>();
        if (scopeNumbers != null) {
            for (String part : scopeNumbers.split("[,，、\\s]+")) {
                if (!part.isBlank()) {
                    numbers.add(number("scopeNumbers", part));
                }
            }
        }
        return numbers;
    }

    private static Integer number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "vote.validation.number");
        }
    }
}
