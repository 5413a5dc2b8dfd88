package org.gongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/** The work-order loop as a pure state machine: no Spring, no database. */
class CaseStateMachineTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 5, 14, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final long REPORTER = 42L;

    /** The path to each state, and the steps that lead there. */
    private static final Map<CaseState, List<CaseTransition>> PATHS = Map.of(
            CaseState.REPORTED, List.of(),
            CaseState.ACCEPTED, List.of(step(CaseAction.ACCEPT)),
            CaseState.REJECTED, List.of(new CaseTransition(CaseAction.REJECT, "重复上报", null, null, false)),
            CaseState.DISPATCHED, List.of(step(CaseAction.ACCEPT), dispatch()),
            CaseState.IN_HANDLING, List.of(step(CaseAction.ACCEPT), dispatch(), step(CaseAction.START)),
            CaseState.HANDLED, List.of(step(CaseAction.ACCEPT), dispatch(), step(CaseAction.START), handle()),
            CaseState.CLOSED, List.of(step(CaseAction.ACCEPT), dispatch(), step(CaseAction.START), handle(),
                    step(CaseAction.VERIFY_PASS)));

    private static CaseTransition step(CaseAction action) {
        return CaseTransition.of(action);
    }

    private static CaseTransition dispatch() {
        return new CaseTransition(CaseAction.DISPATCH, null, ResponsibleParty.PROPERTY_COMPANY, null, false);
    }

    private static CaseTransition handle() {
        return new CaseTransition(CaseAction.HANDLE, "已更换灯泡", null, null, true);
    }

    private static CaseTransition legal(CaseAction action) {
        return switch (action) {
            case REJECT -> new CaseTransition(action, "不属于本社区", null, null, false);
            case DISPATCH -> dispatch();
            case HANDLE -> handle();
            default -> step(action);
        };
    }

    private static WorkOrder reported(CaseCategory category) {
        return WorkOrder.report(1, category, 7, REPORTER, T0);
    }

    private static WorkOrder in(CaseState state) {
        WorkOrder order = reported(CaseCategory.BROKEN_LIGHT);
        PATHS.get(state).forEach(s -> order.apply(s, T0.plusHours(1)));
        return order;
    }

    @Test
    void a_new_report_is_reported_with_one_step_on_its_timeline() {
        WorkOrder order = reported(CaseCategory.LITTER);
        assertThat(order.state()).isEqualTo(CaseState.REPORTED);
        assertThat(order.changes()).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(CaseEvent.REPORTED));
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void every_step_is_allowed_from_its_own_state_and_records_from_and_to(CaseAction action) {
        WorkOrder order = in(action.from());
        int before = order.changes().size();
        order.apply(legal(action), T0.plusHours(2));
        assertThat(order.state()).isEqualTo(action.to());
        assertThat(order.changes()).hasSize(before + 1).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(action.name());
            assertThat(e.from()).isEqualTo(action.from());
            assertThat(e.to()).isEqualTo(action.to());
        });
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void every_step_is_refused_from_every_other_state_with_a_readable_reason(CaseAction action) {
        for (CaseState state : CaseState.values()) {
            if (state == action.from()) {
                continue;
            }
            WorkOrder order = in(state);
            assertThatThrownBy(() -> order.apply(legal(action), T0.plusHours(2)))
                    .isInstanceOf(Refused.class)
                    .hasMessage("cannot " + action + " a case that is " + state);
            assertThat(order.state()).isEqualTo(state);
        }
    }

    @Test
    void a_failed_verification_sends_the_case_back_and_counts_the_rework() {
        WorkOrder order = in(CaseState.HANDLED);
        order.apply(step(CaseAction.VERIFY_FAIL), T0.plusHours(3));
        assertThat(order.state()).isEqualTo(CaseState.IN_HANDLING);
        order.apply(handle(), T0.plusHours(4));
        order.apply(step(CaseAction.VERIFY_FAIL), T0.plusHours(5));
        order.apply(handle(), T0.plusHours(6));
        order.apply(step(CaseAction.VERIFY_PASS), T0.plusHours(7));
        assertThat(order.state()).isEqualTo(CaseState.CLOSED);
        assertThat(order.reworkCount()).isEqualTo(2);
    }

    @Test
    void a_rejection_needs_a_reason() {
        WorkOrder order = in(CaseState.REPORTED);
        assertThatThrownBy(() -> order.apply(new CaseTransition(CaseAction.REJECT, " ", null, null, false), T0))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("reason"));
        assertThat(order.state()).isEqualTo(CaseState.REPORTED);
    }

    @Test
    void an_outside_department_must_be_named_and_handling_needs_a_photo_and_a_note() {
        WorkOrder accepted = in(CaseState.ACCEPTED);
        assertThatThrownBy(() -> accepted.apply(
                new CaseTransition(CaseAction.DISPATCH, null, ResponsibleParty.OUTSIDE_DEPARTMENT, "", false), T0))
                .isInstanceOf(InvalidInput.class);
        accepted.apply(new CaseTransition(CaseAction.DISPATCH, null, ResponsibleParty.OUTSIDE_DEPARTMENT,
                "松江自来水公司", false), T0);
        assertThat(accepted.outsideDepartment()).isEqualTo("松江自来水公司");

        WorkOrder handling = in(CaseState.IN_HANDLING);
        assertThatThrownBy(() -> handling.apply(new CaseTransition(CaseAction.HANDLE, "修好了", null, null, false), T0))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("photo"));
        assertThatThrownBy(() -> handling.apply(new CaseTransition(CaseAction.HANDLE, null, null, null, true), T0))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("note"));
    }

    @ParameterizedTest
    @EnumSource(CaseCategory.class)
    void the_deadline_is_the_dispatch_time_plus_the_category_time_limit(CaseCategory category) {
        WorkOrder order = reported(category);
        order.apply(step(CaseAction.ACCEPT), T0);
        OffsetDateTime dispatchedAt = T0.plusHours(5);
        order.apply(dispatch(), dispatchedAt);
        assertThat(order.deadline()).isEqualTo(dispatchedAt.plus(category.timeLimit()));
    }

    @Test
    void the_time_limits_are_those_of_the_categories() {
        assertThat(CaseCategory.FIRE_LANE_BLOCKED.timeLimit()).isEqualTo(Duration.ofHours(24));
        assertThat(CaseCategory.EBIKE_CHARGING.timeLimit()).isEqualTo(Duration.ofHours(24));
        assertThat(CaseCategory.SWAN_LAKE.timeLimit()).isEqualTo(Duration.ofHours(48));
        assertThat(CaseCategory.BROKEN_LIGHT.timeLimit()).isEqualTo(Duration.ofHours(72));
        assertThat(CaseCategory.FACILITY_DAMAGE.timeLimit()).isEqualTo(Duration.ofHours(120));
        assertThat(CaseCategory.GREENERY.timeLimit()).isEqualTo(Duration.ofHours(168));
    }

    @Test
    void an_overdue_case_is_escalated_once_and_handling_goes_on() {
        WorkOrder order = in(CaseState.DISPATCHED);
        OffsetDateTime deadline = order.deadline();
        assertThat(order.escalateIfOverdue(deadline)).as("at the deadline it is not yet overdue").isFalse();
        assertThat(order.escalateIfOverdue(deadline.plusMinutes(1))).isTrue();
        assertThat(order.escalated()).isTrue();
        assertThat(order.escalateIfOverdue(deadline.plusHours(5))).as("only once").isFalse();
        assertThat(order.changes()).last().satisfies(e -> assertThat(e.action()).isEqualTo(CaseEvent.ESCALATED));
        order.apply(step(CaseAction.START), deadline.plusHours(6));
        assertThat(order.state()).isEqualTo(CaseState.IN_HANDLING);
    }

    @Test
    void only_dispatched_or_handling_cases_can_be_overdue() {
        OffsetDateTime late = T0.plusYears(1);
        for (CaseState state : CaseState.values()) {
            WorkOrder order = in(state);
            boolean expected = state == CaseState.DISPATCHED || state == CaseState.IN_HANDLING;
            assertThat(order.isOverdue(late)).as(state.name()).isEqualTo(expected);
            assertThat(order.escalateIfOverdue(late)).as(state.name()).isEqualTo(expected);
        }
    }

    @Test
    void a_closed_case_is_rated_once_from_one_to_five() {
        WorkOrder open = in(CaseState.HANDLED);
        assertThatThrownBy(() -> open.rate(5, null, T0)).isInstanceOf(Refused.class);
        WorkOrder closed = in(CaseState.CLOSED);
        assertThatThrownBy(() -> closed.rate(6, null, T0)).isInstanceOf(InvalidInput.class);
        closed.rate(4, " 灯亮了 ", T0);
        assertThat(closed.rating()).isEqualTo(4);
        assertThat(closed.ratingComment()).isEqualTo("灯亮了");
        assertThatThrownBy(() -> closed.rate(5, null, T0)).isInstanceOf(Refused.class)
                .hasMessageContaining("already");
    }

    @Test
    void me_too_is_for_someone_elses_open_case() {
        in(CaseState.DISPATCHED).checkMeToo(REPORTER + 1);
        assertThatThrownBy(() -> in(CaseState.DISPATCHED).checkMeToo(REPORTER))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> in(CaseState.CLOSED).checkMeToo(REPORTER + 1))
                .isInstanceOf(Refused.class);
    }
}
