package org.gongzhi.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.meeting.AnswerPosition;
import org.gongzhi.deliberation.meeting.DeliberationMeeting;
import org.gongzhi.deliberation.meeting.Meetings;
import org.gongzhi.deliberation.meeting.Party;
import org.gongzhi.identity.Accounts;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The article's deliberation meeting and what followed it: about forty days ago the central-garden proposal (left on
 * the agenda by {@link DemoProposals}) got the four parties' answers and a co-signed plan, and so became deliberated;
 * the plan then went on public notice for seven days, two residents objected and the committee answered them, and
 * the plan was put to the residents' decision. DemoVotes holds that vote and its close adopts the proposal.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoMeetings implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);
    private static final int MEETING_DAYS_AGO = 40;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoProposalSteps steps;
    private final Accounts accounts;

    DemoMeetings(JdbcClient jdbc, Meetings meetings, TransactionTemplate transaction, Clock clock,
            DemoProposalSteps steps, Accounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.steps = steps;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from meeting").query(Long.class).single() > 0) {
                return;
            }
            jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                    .ifPresent(this::seed);
        });
    }

    private void seed(long community) {
        Long garden = jdbc.sql("""
                select id from proposal where community_id = ? and title like '%中心花园%' and state = ?
                order by id limit 1""").params(community, ProposalState.ON_AGENDA.name())
                .query(Long.class).optional().orElse(null);
        if (garden == null) {
            return;
        }
        ProposalActor rc = accounts.actor("rc.staff").map(a -> new ProposalActor(a.accountId(), null, a.displayName()))
                .orElse(new ProposalActor(null, null, "居委会"));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime heldAt = now.minusDays(MEETING_DAYS_AGO).toLocalDateTime().withHour(19).withMinute(0);
        long id = meetings.add(DeliberationMeeting.plan(community, heldAt, "居委会议事厅", true, "智囊团：园林设计师 周先生",
                List.of(new DeliberationMeeting.Invitee(Party.RESIDENTS_COMMITTEE, "居委会 李老师", null),
                        new DeliberationMeeting.Invitee(Party.OWNERS_COMMITTEE, "业委会 王主任", "南区工作小组"),
                        new DeliberationMeeting.Invitee(Party.PROPERTY_COMPANY, "物业 赵经理", null),
                        new DeliberationMeeting.Invitee(Party.RESIDENT_REPRESENTATIVES, "居民代表 张阿姨", null))),
                now.minusDays(MEETING_DAYS_AGO + 7));
        DeliberationMeeting meeting = meetings.get(community, id);
        meeting.addToAgenda(garden, ProposalState.ON_AGENDA, heldAt, Optional.empty());
        meetings.addToAgenda(meeting, garden, heldAt);
        meeting.recordAttendance(EnumSet.allOf(Party.class));
        meetings.saveAttendance(meeting);
        String by = rc.name();
        OffsetDateTime at = heldAt.atOffset(now.getOffset());
        answer(meeting, garden, Party.RESIDENTS_COMMITTEE, AnswerPosition.SUPPORT,
                "花园是老人和孩子每天去的地方，改造顺应大家的期待", "组织居民意见征集并公示方案", by, at);
        answer(meeting, garden, Party.OWNERS_COMMITTEE, AnswerPosition.SUPPORT_WITH_CHANGES,
                "同意改造，但维修资金的使用要经业主表决", "发起维修资金使用表决，南区工作小组监督施工", by, at.plusMinutes(10));
        answer(meeting, garden, Party.PROPERTY_COMPANY, AnswerPosition.SUPPORT,
                "设施老化存在安全隐患，物业愿意配合", "出施工队并承担日常养护", by, at.plusMinutes(20));
        answer(meeting, garden, Party.RESIDENT_REPRESENTATIVES, AnswerPosition.SUPPORT,
                "希望增加座椅和夜间照明，滑梯换成更安全的", "志愿者参与监督和后续维护", by, at.plusMinutes(30));
        meetings.addPlan(meeting, meeting.recordPlan(garden,
                "更换座椅、凉亭和儿童滑梯，平整地面，增加夜间照明；分两期施工，先做儿童区", "186000.00",
                "专项维修资金（经业主表决）", "物业施工；业委会监督；居委会公示；居民代表验收", by, at.plusMinutes(45)));
        String[] signers = {"居委会 李老师", "业委会 王主任", "物业 赵经理", "居民代表 张阿姨"};
        for (Party party : Party.values()) {
            meeting.sign(garden, party, signers[party.ordinal()], at.plusMinutes(50));
            meetings.addSignature(meeting, meeting.signatures(garden).get(party), rc.accountId());
        }
        steps.takeStep(community, garden, ProposalAction.DELIBERATE, "四议共答：四方会签议事会 #" + id + " 的共识方案", rc,
                at.plusMinutes(50));
        putToDecision(community, garden, rc, at.plusDays(2).withHour(9));
        log.info("Loaded the demo deliberation meeting");
    }

    /** The plan on notice for seven days, two residents' objections answered, then the residents' decision. */
    private void putToDecision(long community, long garden, ProposalActor rc, OffsetDateTime noticeFrom) {
        steps.takeStep(community, garden, ProposalAction.PUT_ON_NOTICE, null, rc, noticeFrom);
        List<Long> neighbours = jdbc.sql("""
                select r.id from register_resident r join register_stairwell s on s.id = r.stairwell_id
                where r.community_id = ? and s.grid_number = 7 and r.moved_out is null and r.birth_date < ?
                order by r.id limit 2""").params(community, LocalDate.now(clock).minusYears(18))
                .query(Long.class).list();
        if (neighbours.size() == 2) {
            steps.objection(community, garden, neighbours.get(0), "施工期间花园封闭，老人每天锻炼去哪里？",
                    noticeFrom.plusDays(1).withHour(8), "分两期施工，先做儿童区，另一半照常开放；施工期间健身角移到北门广场。",
                    noticeFrom.plusDays(2).withHour(10), rc);
            steps.objection(community, garden, neighbours.get(1), "新增的夜间照明会不会照进低层住户家里？",
                    noticeFrom.plusDays(3).withHour(20), "选用朝下照射的低位草坪灯，晚上十点后自动调暗。",
                    noticeFrom.plusDays(4).withHour(9), rc);
        }
        steps.takeStep(community, garden, ProposalAction.OPEN_DECISION, "公示期满，异议均已答复", rc,
                noticeFrom.plusDays(DemoProposalSteps.NOTICE_DAYS + 1));
    }

    private void answer(DeliberationMeeting meeting, long proposal, Party party, AnswerPosition position,
            String reasoning, String contribution, String by, OffsetDateTime at) {
        meetings.addAnswer(meeting, meeting.answer(proposal, party, position, reasoning, contribution, by, at));
    }
}
