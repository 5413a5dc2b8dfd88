package org.gongzhi.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.gongzhi.shared.domain.InvalidInput.Problem;
import org.gongzhi.voting.tally.MatterItem;

/** Only a vote with a verdict can decide a proposal: agree / disagree / abstain, or an owners' vote. */
class DecidingDraftTest {

    private static final long PROPOSAL = 42;

    @ParameterizedTest
    @EnumSource(value = ChoiceType.class, names = {"SINGLE", "MULTIPLE"})
    void a_choice_between_options_cannot_decide_a_proposal_and_the_choice_type_is_named(ChoiceType choice) {
        VoteDraft draft = VoteFixtures.residents(ElectorBasis.ADULT, choice, List.of("南岸", "北岸", "东侧"),
                new VoteScope(VoteScope.Kind.COMMUNITY, Set.of()), false);

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.deciding(PROPOSAL).problems()).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("choiceType",
                        "vote.validation.proposalNeedsVerdict"));
    }

    @Test
    void a_residents_yes_or_no_vote_and_an_owners_vote_can_decide_a_proposal() {
        VoteDraft residents = VoteFixtures.residents(ElectorBasis.HOUSEHOLD, ChoiceType.AGREE_DISAGREE_ABSTAIN,
                List.of(), new VoteScope(VoteScope.Kind.COMMUNITY, Set.of()), false).deciding(PROPOSAL);
        VoteDraft owners = VoteFixtures.owners(MatterItem.MAINTENANCE_FUND_USE, Set.of(3L), false).deciding(PROPOSAL);

        assertThat(residents.problems()).isEmpty();
        assertThat(owners.problems()).isEmpty();
        assertThat(owners.proposalId()).isEqualTo(PROPOSAL);
    }
}
