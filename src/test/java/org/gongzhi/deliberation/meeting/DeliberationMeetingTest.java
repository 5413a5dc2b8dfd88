package org.gongzhi.deliberation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.shared.domain.InvalidInput;
import org.gongzhi.shared.domain.Refused;

/** The meeting's rules without Spring: quorum, 四议共答, the plan, co-signing and the cost in fen. */
class DeliberationMeetingTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T19:00:00+08:00");
    private static final long P = 7;
    private static final LocalDateTime BEFORE = LocalDateTime.of(2026, 12, 3, 9, 0);
    private static final LocalDateTime AFTER = LocalDateTime.of(2026, 12, 3, 21, 0);

    private DeliberationMeeting meeting(boolean requireAll) {
        DeliberationMeeting meeting = DeliberationMeeting.plan(1, LocalDateTime.of(2026, 12, 3, 19, 0), "议事厅",
                requireAll, null, List.of(new DeliberationMeeting.Invitee(Party.OWNERS_COMMITTEE, "王主任", "南区工作小组")));
        meeting.addToAgenda(P, ProposalState.ON_AGENDA, BEFORE, Optional.empty());
        return meeting;
    }

    private void answerAll(DeliberationMeeting meeting) {
        for (Party party : Party.values()) {
            meeting.answer(P, party, AnswerPosition.SUPPORT, "同意", "出人出力", "rc", AT);
        }
    }

    @Test
    void quorum_needs_all_four_parties_by_default() {
        DeliberationMeeting meeting = meeting(true);
        meeting.recordAttendance(EnumSet.of(Party.RESIDENTS_COMMITTEE, Party.OWNERS_COMMITTEE,
                Party.PROPERTY_COMPANY));
        assertThat(meeting.isQuorate()).isFalse();
        answerAll(meeting);
        assertThatThrownBy(() -> meeting.recordPlan(P, "改造", "100", "维修资金", "物业施工", "rc", AT))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).code()).isEqualTo("meeting.refused.notQuorate");
        meeting.recordAttendance(EnumSet.allOf(Party.class));
        assertThat(meeting.isQuorate()).isTrue();
    }

    @Test
    void a_meeting_may_waive_the_four_party_rule() {
        DeliberationMeeting meeting = meeting(false);
        meeting.recordAttendance(Set.of(Party.RESIDENTS_COMMITTEE));
        assertThat(meeting.isQuorate()).isTrue();
        assertThat(meeting(true).requireAllFourParties()).isTrue();
        assertThat(DeliberationMeeting.plan(1, LocalDateTime.now(), "x", null, null, List.of())
                .requireAllFourParties()).isTrue();
    }

    @Test
    void only_a_proposal_on_the_agenda_can_be_added() {
        DeliberationMeeting meeting = meeting(true);
        assertThatThrownBy(() -> meeting.addToAgenda(8, ProposalState.SUBMITTED, BEFORE, Optional.empty()))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> meeting.addToAgenda(P, ProposalState.ON_AGENDA, BEFORE, Optional.empty()))
                .isInstanceOf(Refused.class);
    }

    @Test
    void a_proposal_on_the_agenda_of_another_meeting_still_to_be_held_is_refused() {
        DeliberationMeeting meeting = meeting(true);
        var elsewhere = new DeliberationMeeting.OpenAgenda(41, LocalDateTime.of(2026, 12, 10, 19, 0));
        assertThatThrownBy(() -> meeting.addToAgenda(8, ProposalState.ON_AGENDA, BEFORE, Optional.of(elsewhere)))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).code()).isEqualTo("meeting.refused.onOpenAgenda");
        assertThat(meeting.agenda()).containsExactly(P);
    }

    @Test
    void a_held_meeting_takes_no_new_items_and_stays_held() {
        DeliberationMeeting meeting = meeting(true);
        meeting.recordAttendance(EnumSet.allOf(Party.class));
        meeting.addToAgenda(8, ProposalState.ON_AGENDA, BEFORE, Optional.empty());
        assertThat(meeting.isHeld(AFTER)).isTrue();
        assertThatThrownBy(() -> meeting.addToAgenda(9, ProposalState.ON_AGENDA, AFTER, Optional.empty()))
                .isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).code()).isEqualTo("meeting.refused.held");
        assertThatThrownBy(() -> meeting.recordAttendance(Set.of())).isInstanceOf(InvalidInput.class);
        assertThat(meeting.isHeld(AFTER)).isTrue();
    }

    @Test
    void answers_are_append_only_and_the_latest_counts() {
        DeliberationMeeting meeting = meeting(true);
        meeting.answer(P, Party.PROPERTY_COMPANY, AnswerPosition.OPPOSE, "太贵", null, "pm", AT);
        meeting.answer(P, Party.PROPERTY_COMPANY, AnswerPosition.SUPPORT_WITH_CHANGES, "分两期", "出施工队", "pm", AT);
        assertThat(meeting.answers(P)).hasSize(2);
        assertThat(meeting.latestAnswers(P).get(Party.PROPERTY_COMPANY).position())
                .isEqualTo(AnswerPosition.SUPPORT_WITH_CHANGES);
    }

    @Test
    void the_plan_needs_four_answers_and_the_fourth_signature_completes_it() {
        DeliberationMeeting meeting = meeting(true);
        meeting.recordAttendance(EnumSet.allOf(Party.class));
        meeting.answer(P, Party.RESIDENTS_COMMITTEE, AnswerPosition.SUPPORT, "同意", null, "rc", AT);
        assertThatThrownBy(() -> meeting.recordPlan(P, "改造", "100", "维修资金", "物业施工", "rc", AT))
                .isInstanceOf(Refused.class);
        assertThatThrownBy(() -> meeting.sign(P, Party.RESIDENTS_COMMITTEE, "李老师", AT))
                .isInstanceOf(Refused.class);
        answerAll(meeting);
        DeliberationMeeting.Plan plan = meeting.recordPlan(P, "改造", "12345.67", "维修资金", "物业施工", "rc", AT);
        assertThat(plan.costFen()).isEqualTo(1_234_567L);
        assertThatThrownBy(() -> meeting.answer(P, Party.OWNERS_COMMITTEE, AnswerPosition.OPPOSE, "反悔", null, "oc",
                AT)).isInstanceOf(Refused.class);
        assertThat(meeting.sign(P, Party.RESIDENTS_COMMITTEE, "李老师", AT)).isFalse();
        assertThat(meeting.sign(P, Party.OWNERS_COMMITTEE, "王主任", AT)).isFalse();
        assertThat(meeting.sign(P, Party.PROPERTY_COMPANY, "赵经理", AT)).isFalse();
        assertThatThrownBy(() -> meeting.sign(P, Party.PROPERTY_COMPANY, "赵经理", AT))
                .isInstanceOf(Refused.class);
        assertThat(meeting.fullySigned(P)).isFalse();
        assertThat(meeting.sign(P, Party.RESIDENT_REPRESENTATIVES, "张阿姨", AT)).isTrue();
        assertThat(meeting.fullySigned(P)).isTrue();
    }

}
