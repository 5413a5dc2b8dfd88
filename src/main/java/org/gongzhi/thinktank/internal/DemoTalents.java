package org.gongzhi.thinktank.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.thinktank.Availability;
import org.gongzhi.thinktank.InvitationAnswer;
import org.gongzhi.thinktank.TalentInput;
import org.gongzhi.thinktank.Talents;
import org.gongzhi.thinktank.ThinkTank;

/**
 * Three dozen of the community's capable people: engineers, a lawyer, doctors, teachers, a landscape gardener,
 * electricians and more, with the skills staff keep; a few invited to the coming meeting and to projects, with their
 * answers and what they contributed.
 */
@Component
@Order(75)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoTalents implements DemoStep {

    private static final List<String> SKILLS = List.of("水电维修", "电工", "法律咨询", "医疗保健", "园林绿化", "土木工程",
            "财务审计", "教育辅导", "心理疏导", "摄影摄像", "信息技术", "设计绘图", "消防安全", "调解纠纷");
    /** Profession, skills (indexes into SKILLS), how they would help. */
    private static final List<Object[]> PEOPLE = List.of(
            new Object[] {"电力工程师", List.of(1, 12), "帮忙看看老楼电线和电瓶车充电的安全"},
            new Object[] {"律师", List.of(2, 13), "物业合同、业主大会程序的法律意见"},
            new Object[] {"内科医生", List.of(3), "给老人讲慢病管理，义诊"},
            new Object[] {"小学教师", List.of(7), "周末给孩子们辅导作业"},
            new Object[] {"园林设计师", List.of(4, 11), "花园改造的方案和植物选择"},
            new Object[] {"水电工", List.of(0, 1), "上门帮独居老人修水龙头、换灯泡"},
            new Object[] {"土木工程师", List.of(5, 11), "管道和车棚工程的质量把关"},
            new Object[] {"会计师", List.of(6), "众筹和维修资金账目的核对"},
            new Object[] {"心理咨询师", List.of(8, 13), "邻里矛盾调解和老人陪伴"},
            new Object[] {"软件工程师", List.of(10), "教老人用手机，维护楼道群"},
            new Object[] {"消防工程师", List.of(12), "消防通道和楼道堆物的检查"},
            new Object[] {"摄影师", List.of(9), "给社区活动拍照留档"});

    private final JdbcClient jdbc;
    private final Talents talents;
    private final ThinkTank thinkTank;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoTalents(JdbcClient jdbc, Talents talents, ThinkTank thinkTank, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.talents = talents;
        this.thinkTank = thinkTank;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().filter(c -> talents.skills(c).isEmpty()).ifPresent(this::seed));
    }

    private void seed(long community) {
        List<Long> skills = new ArrayList<>();
        for (String name : SKILLS) {
            skills.add(talents.addSkill(community, name));
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> residents = jdbc.sql("""
                select id from register_resident where community_id = ? and moved_out is null and birth_date <= ?
                and birth_date > ? order by id desc limit 36""")
                .params(community, today.minusYears(28), today.minusYears(68)).query(Long.class).list();
        Availability[] when = Availability.values();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < residents.size(); i++) {
            Object[] person = PEOPLE.get(i % PEOPLE.size());
            @SuppressWarnings("unchecked")
            List<Integer> tags = (List<Integer>) person[1];
            TalentInput input = new TalentInput((String) person[0], Set.copyOf(tags.stream().map(skills::get).toList()),
                    null, when[i % when.length], (String) person[2]);
            ids.add(talents.save(community, residents.get(i), input, OffsetDateTime.now(clock).minusDays(60 - i)));
        }
        Actor staff = new Actor(0, "rc.staff", "居委会 李老师", community, null, false,
                Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        List<ThinkTank.Target> targets = thinkTank.targets(staff);
        for (int i = 0; i < Math.min(4, targets.size()) && i < ids.size(); i++) {
            long invitation = thinkTank.invite(staff, ids.get(i), targets.get(i).kind(), targets.get(i).id(),
                    "想请您从专业角度给些意见。");
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (i < 3) {
                talents.answer(staff.communityId(), invitation, InvitationAnswer.ACCEPTED, now.minusDays(2));
            }
            if (i < 2) {
                talents.contribution(staff.communityId(), invitation, "到现场看了，书面提出了三条施工安全建议，已写进方案。", staff.displayName(),
                        now.minusDays(1));
            }
        }
    }
}
