package org.gongzhi.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/** A project's transition table, progress and spending rules, with no Spring. */
class ProjectRulesTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static RenewalProject in(ProjectState state, int percent, long budgetFen) {
        return new RenewalProject(9L, 1, new ProjectPlan("南区地下自来水管道改造", null, "南区", budgetFen, "专项维修资金", null),
                ProjectKind.PIPELINE, null, null, state, percent, 0, AT, null, null, 2);
    }

    static Stream<Arguments> everyStepFromEveryState() {
        return Arrays.stream(ProjectState.values()).flatMap(state -> Arrays.stream(ProjectAction.values())
                .map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyStepFromEveryState")
    void a_step_is_taken_from_its_own_state_and_refused_from_every_other(ProjectState state, ProjectAction action) {
        RenewalProject project = in(state, 10, 0);
        if (action.from() == state) {
            project.take(action, AT);
            assertThat(project.state()).isEqualTo(action.to());
        } else {
            assertThatThrownBy(() -> project.take(action, AT)).isInstanceOf(Refused.class)
                    .hasMessage("cannot " + action + " a project that is " + state)
                    .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("project.refused.state"));
            assertThat(project.state()).isEqualTo(state);
        }
    }

    @Test
    void the_table_leads_from_planned_through_the_work_to_completed_and_no_further() {
        assertThat(ProjectAction.START.from()).isEqualTo(ProjectState.PLANNED);
        assertThat(ProjectAction.START.to()).isEqualTo(ProjectAction.COMPLETE.from());
        assertThat(ProjectAction.COMPLETE.to()).isEqualTo(ProjectState.COMPLETED);
        assertThat(Arrays.stream(ProjectAction.values()).filter(a -> a.from() == ProjectState.COMPLETED)).isEmpty();
    }

    @Test
    void starting_records_the_day_and_completing_makes_the_work_whole() {
        RenewalProject project = in(ProjectState.PLANNED, 0, 0);
        project.take(ProjectAction.START, AT);
        assertThat(project.startedAt()).isEqualTo(AT);
        project.progress(70);
        project.take(ProjectAction.COMPLETE, AT.plusDays(5));
        assertThat(project.percentDone()).isEqualTo(100);
        assertThat(project.completedAt()).isEqualTo(AT.plusDays(5));
    }

    @Test
    void progress_never_goes_backwards_and_stays_between_0_and_100() {
        RenewalProject project = in(ProjectState.IN_PROGRESS, 40, 0);
        project.progress(40);
        project.progress(70);
        assertThat(project.percentDone()).isEqualTo(70);
        assertThatThrownBy(() -> project.progress(69)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("percent"))
                        .satisfies(p -> assertThat(p.code()).isEqualTo("project.validation.percentBackwards")));
        assertThatThrownBy(() -> project.progress(101)).isInstanceOf(InvalidInput.class);
        assertThat(project.percentDone()).isEqualTo(70);
    }

    @Test
    void progress_is_reported_only_while_the_work_is_under_way() {
        for (ProjectState state : new ProjectState[] {ProjectState.PLANNED, ProjectState.COMPLETED}) {
            assertThatThrownBy(() -> in(state, 0, 0).progress(10)).isInstanceOf(Refused.class)
                    .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("project.refused.progress"));
        }
    }

    @Test
    void spending_adds_up_in_fen_and_passing_a_set_budget_is_over_it() {
        RenewalProject project = in(ProjectState.IN_PROGRESS, 0, 100_000);
        project.spend(60_001);
        project.spend(39_999);
        assertThat(project.spentFen()).isEqualTo(100_000);
        assertThat(project.overBudget()).isFalse();
        project.spend(1);
        assertThat(project.overBudget()).isTrue();
        RenewalProject noBudget = in(ProjectState.IN_PROGRESS, 0, 0);
        noBudget.spend(5_000);
        assertThat(noBudget.overBudget()).as("without a budget nothing is over it").isFalse();
    }

    @Test
    void every_broken_rule_of_a_new_project_names_its_field() {
        assertThatThrownBy(() -> new ProjectInput(" ", null, null, "12.345", null, null, "abc", null, null).toPlan())
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("title", "budget", "voteId"));
        ProjectPlan plan = new ProjectInput("南区地下自来水管道改造", null, "南区", "2380000.5", "专项维修资金", null, null, null, null).toPlan();
        assertThat(plan.budgetFen()).isEqualTo(238_000_050L);
    }

    @Test
    void a_progress_update_and_a_payment_name_each_broken_field() {
        assertThatThrownBy(() -> new ProgressInput("2026-12-01", "七十", "").parse(TODAY))
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("date", "percent", "note"));
        assertThat(new ProgressInput("", " 70 ", "过半").parse(TODAY).on()).isEqualTo(TODAY);
        assertThatThrownBy(() -> new SpendingInput("27/11/2026", "0", null, "材料").parse(TODAY))
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("date", "amount", "payee"));
        assertThat(new SpendingInput(null, "1234.5", "施工队", "材料").parse(TODAY).amountFen()).isEqualTo(123_450L);
    }

    @Test
    void a_plan_is_corrected_until_completion_and_the_changed_fields_are_named() {
        RenewalProject project = in(ProjectState.IN_PROGRESS, 40, 0);
        ProjectPlan corrected = new ProjectPlan("南区地下自来水管道改造", "分两段施工", "南区", 2_380_000_00L, "专项维修资金",
                null);
        assertThat(project.revise(corrected)).containsExactly("plan", "budget");
        assertThat(project.plan()).isEqualTo(corrected);
        assertThatThrownBy(() -> project.revise(corrected)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("project.refused.unchanged"));

        RenewalProject done = in(ProjectState.COMPLETED, 100, 0);
        ProjectPlan before = done.plan();
        assertThatThrownBy(() -> done.revise(corrected)).isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).code()).isEqualTo("project.refused.revise"));
        assertThat(done.plan()).isEqualTo(before);
    }

    @Test
    void a_correction_needs_a_reason_a_version_and_a_budget_of_at_most_two_decimals() {
        assertThat(new ProjectEdit("管道", null, null, "12800.5", null, null, " 报价 ", 3).parse())
                .isEqualTo(new ProjectEdit.Revision(new ProjectPlan("管道", null, null, 1_280_050, null, null), "报价",
                        3));
        assertThat(new ProjectEdit("管道", null, null, "", null, null, "未定", 0).parse().plan().budgetFen()).isZero();
        assertThatThrownBy(() -> new ProjectEdit("管道", null, null, "1.234", null, null, null, null).parse())
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("budget", "reason", "version"));
        assertThatThrownBy(() -> new ProjectEdit("管道", null, null, "-1", null, null, "x".repeat(501), 0).parse())
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(InvalidInput.Problem::field)
                        .containsExactly("budget", "reason"));
    }
}
