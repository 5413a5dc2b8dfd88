package org.gongzhi.deliberation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongzhi.deliberation.proposal.ProposalFixtures.AT;
import static org.gongzhi.deliberation.proposal.ProposalFixtures.AUTHOR;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalAdopted;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalCompleted;
import org.gongzhi.deliberation.ProposalDeliberated;
import org.gongzhi.deliberation.ProposalMerged;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.ProposalPutOnAgenda;
import org.gongzhi.deliberation.ProposalPutOnNotice;
import org.gongzhi.deliberation.ProposalPutToDecision;
import org.gongzhi.deliberation.ProposalStageChanged;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSubmitted;
import org.gongzhi.deliberation.ProposalWorkStarted;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/** The proposal's transition table, with no Spring: every legal step taken, every other one refused. */
class ProposalStateMachineTest {

    static Stream<Arguments> everyStepFromEveryState() {
        return Arrays.stream(ProposalState.values()).flatMap(state -> Arrays.stream(ProposalAction.values())
                .map(action -> Arguments.of(state, action)));
    }

    /** The events that name the step taken, without the stage change each step also publishes. */
    private static List<Object> steps(Proposal proposal) {
        return proposal.events().stream().filter(e -> !(e instanceof ProposalStageChanged)).toList();
    }

    private static List<ProposalStageChanged> stages(Proposal proposal) {
        return proposal.events().stream().filter(ProposalStageChanged.class::isInstance)
                .map(ProposalStageChanged.class::cast).toList();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStepFromEveryState")
    void a_step_is_taken_from_its_own_state_and_refused_from_every_other(ProposalState state,
            ProposalAction action) {
        Proposal proposal = ProposalFixtures.in(state);
        if (action.from() == state) {
            ProposalFixtures.take(proposal, action);
            assertThat(proposal.state()).isEqualTo(action.to());
            assertThat(proposal.changes()).singleElement()
                    .satisfies(c -> assertThat(c.from()).isEqualTo(state))
                    .satisfies(c -> assertThat(c.to()).isEqualTo(action.to()));
            assertThat(steps(proposal)).hasSize(1);
            assertThat(stages(proposal)).singleElement()
                    .satisfies(c -> assertThat(c.from()).isEqualTo(state))
                    .satisfies(c -> assertThat(c.to()).isEqualTo(action.to()));
        } else {
            assertThatThrownBy(() -> ProposalFixtures.take(proposal, action))
                    .isInstanceOf(Refused.class)
                    .hasMessage("cannot " + action + " a proposal that is " + state)
                    .satisfies(e -> assertThat(((Refused) e).code())
                            .isEqualTo("proposal.refused.state"));
            assertThat(proposal.state()).isEqualTo(state);
            assertThat(proposal.changes()).isEmpty();
        }
    }

    @Test
    void the_whole_way_from_draft_to_done_publishes_an_event_named_in_the_past_tense_for_each_step() {
        Proposal proposal = ProposalFixtures.draft(5);
        for (ProposalAction action : new ProposalAction[] {ProposalAction.SUBMIT, ProposalAction.PUT_ON_AGENDA,
                ProposalAction.DELIBERATE, ProposalAction.PUT_ON_NOTICE, ProposalAction.OPEN_DECISION,
                ProposalAction.ADOPT, ProposalAction.START_WORK, ProposalAction.COMPLETE}) {
            ProposalFixtures.take(proposal, action);
        }
        assertThat(proposal.state()).isEqualTo(ProposalState.DONE);
        assertThat(steps(proposal)).extracting(e -> e.getClass().getSimpleName()).containsExactly(
                "ProposalSubmitted", "ProposalPutOnAgenda", "ProposalDeliberated", "ProposalPutOnNotice",
                "ProposalPutToDecision", "ProposalAdopted", "ProposalWorkStarted", "ProposalCompleted");
        // beside each step, the change of stage its followers hear of
        assertThat(stages(proposal)).hasSize(8).extracting(ProposalStageChanged::to).last()
                .isEqualTo(ProposalState.DONE);
        assertThat(proposal.changes()).extracting(ProposalChange::to).last().isEqualTo(ProposalState.DONE);
    }

    @Test
    void a_draft_new_to_the_store_records_its_creation_but_publishes_nothing_yet() {
        Proposal draft = Proposal.draft(1, AUTHOR, ProposalContent.parse("标题", "内容", "OTHER"),
                ProposalPlace.COMMUNITY, AT);
        assertThat(draft.state()).isEqualTo(ProposalState.DRAFT);
        assertThat(draft.changes()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ProposalChange.CREATED);
            assertThat(c.from()).isNull();
        });
        assertThat(draft.events()).isEmpty();
    }

    @Test
    void only_the_author_submits_a_draft_and_it_keeps_the_threshold_in_force_then() {
        Proposal draft = ProposalFixtures.draft(5);
        assertThatThrownBy(() -> draft.submit(AUTHOR + 1, 50, AT))
                .isInstanceOf(Refused.class).hasMessage("only the author may do this");
        draft.submit(AUTHOR, 30, AT);
        assertThat(draft.agendaThreshold()).isEqualTo(30);
        assertThat(steps(draft)).singleElement().isEqualTo(new ProposalSubmitted(5, 1,
                ProposalCategory.FACILITIES, AT));
    }

    @Test
    void a_rejection_needs_a_reason() {
        Proposal proposal = ProposalFixtures.in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> proposal.reject("  ", AT)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().getFirst().field()).isEqualTo("reason"));
        assertThat(proposal.state()).isEqualTo(ProposalState.SUBMITTED);
    }

    @Test
    void the_support_that_reaches_the_threshold_puts_the_proposal_on_the_agenda_once() {
        Proposal proposal = ProposalFixtures.in(ProposalState.SUBMITTED);
        assertThat(proposal.reachSupportThreshold(49, AT)).isFalse();
        assertThat(proposal.reachSupportThreshold(50, AT)).isTrue();
        assertThat(proposal.reachSupportThreshold(51, AT)).isFalse();
        assertThat(proposal.state()).isEqualTo(ProposalState.ON_AGENDA);
        assertThat(proposal.changes()).singleElement()
                .satisfies(c -> assertThat(c.action()).isEqualTo(ProposalChange.THRESHOLD_REACHED));
        assertThat(steps(proposal)).singleElement()
                .isEqualTo(new ProposalPutOnAgenda(7, 1, true, null, AT));
    }

    @Test
    void a_proposal_merged_into_another_points_to_it_and_cannot_be_merged_into_itself_or_a_closed_one() {
        Proposal proposal = ProposalFixtures.in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> proposal.mergeInto(ProposalFixtures.in(ProposalState.SUBMITTED), null, AT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> proposal.mergeInto(ProposalFixtures.in(8L, ProposalState.DONE), null, AT))
                .isInstanceOf(Refused.class).hasMessage("the target proposal is no longer open");
        proposal.mergeInto(ProposalFixtures.in(8L, ProposalState.ON_AGENDA), "同一件事", AT);
        assertThat(proposal.mergedIntoId()).isEqualTo(8L);
        assertThat(steps(proposal)).singleElement().isEqualTo(new ProposalMerged(7, 1, 8, AT));
    }

    @ParameterizedTest
    @EnumSource(ProposalState.class)
    void supports_are_taken_only_while_open_and_never_from_the_author(ProposalState state) {
        Proposal proposal = ProposalFixtures.in(state);
        if (state.acceptsSupport()) {
            proposal.checkSupport(AUTHOR + 1);
            assertThatThrownBy(() -> proposal.checkSupport(AUTHOR)).isInstanceOf(Refused.class);
        } else {
            assertThatThrownBy(() -> proposal.checkSupport(AUTHOR + 1))
                    .isInstanceOf(Refused.class);
        }
    }

    @Test
    void the_committee_cannot_use_a_triage_step_as_a_later_one() {
        Proposal proposal = ProposalFixtures.in(ProposalState.SUBMITTED);
        assertThatThrownBy(() -> proposal.takeStep(ProposalAction.PUT_ON_AGENDA, null, AT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_a_draft_can_be_revised() {
        Proposal proposal = ProposalFixtures.in(ProposalState.SUBMITTED);
        ProposalContent other = ProposalContent.parse("新标题", "新内容", "OTHER");
        assertThatThrownBy(() -> proposal.revise(AUTHOR, other, ProposalPlace.COMMUNITY))
                .isInstanceOf(Refused.class);
    }

    @Test
    void content_names_every_broken_field_at_once() {
        assertThatThrownBy(() -> ProposalContent.parse("长".repeat(61), " ", "FLY"))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.Problem::field).containsExactly("title", "description", "category"));
        assertThat(ProposalContent.parse("长".repeat(60), "x".repeat(2000), "pets").category())
                .isEqualTo(ProposalCategory.PETS);
    }
}
