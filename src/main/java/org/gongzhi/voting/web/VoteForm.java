package org.gongzhi.voting.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteQueries.ScopeChoices;
import org.gongzhi.voting.VoteScope;

/**
 * The new-vote page's form, every field as typed; options one per line; the buildings and grids ticked (several
 * ticks arrive as "31,32"), and zones ticked whole, of which only the scope kind's are read; the proposal the vote
 * decides, if any, as a hidden field; the closing time as a datetime-local field (Shanghai time). A checkbox left
 * unticked is not sent, so the flags may be null.
 */
public record VoteForm(@NotNull VoteKind kind, @NotBlank @Size(max = VoteDraft.MAX_TITLE) String title,
        @Size(max = VoteDraft.MAX_DESCRIPTION) String description, String matterItem, ElectorBasis basis,
        ChoiceType choiceType, String maxChoices, String options, String passPerMille, Comparison passComparison,
        String turnoutPerMille, VoteScope.Kind scopeKind, String buildingNumbers, String wholeZones,
        String gridNumbers, Boolean includeParking, Boolean silenceClause, Boolean resultsHidden, String proposalId,
        String closesAt) {

    static VoteForm empty(VoteScope.Kind scope) {
        return deciding(null, null, null, scope);
    }

    /** A residents' agree / disagree / abstain vote on the proposal, titled and described from it. */
    static VoteForm deciding(Long proposal, String title, String description, VoteScope.Kind scope) {
        String text = description == null || description.length() <= VoteDraft.MAX_DESCRIPTION ? description
                : description.substring(0, VoteDraft.MAX_DESCRIPTION);
        return new VoteForm(VoteKind.RESIDENTS, title, text, null, ElectorBasis.ADULT,
                ChoiceType.AGREE_DISAGREE_ABSTAIN, null, null, null, Comparison.MORE_THAN, null, scope, null, null,
                null, false, false, false, proposal == null ? null : proposal.toString(), null);
    }

    /** The same form, offering this closing time ("2026-12-05T18:00"). */
    VoteForm closingAt(String at) {
        return new VoteForm(kind, title, description, matterItem, basis, choiceType, maxChoices, options, passPerMille,
                passComparison, turnoutPerMille, scopeKind, buildingNumbers, wholeZones, gridNumbers, includeParking,
                silenceClause, resultsHidden, proposalId, at);
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

    /**
     * The draft, with the buildings or grids chosen for its scope turned into ids by {@code ids}; a number that
     * names no building or grid of the community is a problem naming its field.
     */
    VoteDraft draft(Function<Set<Integer>, Set<Long>> ids, ScopeChoices choices) {
        List<String> lines = options == null ? List.of() : Arrays.asList(options.split("\\R"));
        Set<Integer> numbers = numbers(choices);
        Set<Long> scope = ids.apply(numbers);
        if (scope.size() < numbers.size()) {
            throw InvalidInput.of(scopeField(), "vote.validation.scopeUnknown");
        }
        return new VoteDraft(kind, title, description, number("matterItem", matterItem), basis, choiceType,
                number("maxChoices", maxChoices), lines, number("passPerMille", passPerMille), passComparison,
                number("turnoutPerMille", turnoutPerMille), scopeKind, scope,
                Boolean.TRUE.equals(includeParking), Boolean.TRUE.equals(silenceClause),
                Boolean.TRUE.equals(resultsHidden), proposal(), VoteTimes.parse("closesAt", closesAt));
    }

    /** The numbers of the scope kind's choice: the grids ticked, or the buildings ticked and those of zones ticked. */
    Set<Integer> numbers(ScopeChoices choices) {
        Set<Integer> numbers = new LinkedHashSet<>();
        if (scopeKind == VoteScope.Kind.GRIDS) {
            numbers.addAll(parse(gridNumbers, "gridNumbers"));
        } else if (scopeKind == VoteScope.Kind.BUILDINGS) {
            numbers.addAll(parse(buildingNumbers, "buildingNumbers"));
            Set<Integer> zones = parse(wholeZones, "buildingNumbers");
            choices.zones().stream().filter(z -> zones.stream().anyMatch(n -> n == z.id()))
                    .forEach(z -> numbers.addAll(z.buildings()));
        }
        return numbers;
    }

    /** Whether the page shows this building, zone or grid ticked. */
    public boolean ticked(String field, long number) {
        String list = switch (field) {
            case "buildingNumbers" -> buildingNumbers;
            case "wholeZones" -> wholeZones;
            default -> gridNumbers;
        };
        return list != null && Arrays.stream(list.split("[,，、\\s]+")).anyMatch(n -> n.equals(String.valueOf(number)));
    }

    /** Whether any of these buildings is ticked one by one. */
    public boolean anyTicked(List<Integer> buildings) {
        return buildings.stream().anyMatch(b -> ticked("buildingNumbers", b));
    }

    private String scopeField() {
        return scopeKind == VoteScope.Kind.GRIDS ? "gridNumbers" : "buildingNumbers";
    }

    private static Set<Integer> parse(String list, String field) {
        Set<Integer> numbers = new LinkedHashSet<>();
        if (list != null) {
            for (String part : list.split("[,，、\\s]+")) {
                if (!part.isBlank()) {
                    numbers.add(number(field, part));
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
