package org.gongzhi.patrol.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.cases.CaseAction;
import org.gongzhi.cases.CaseActor;
import org.gongzhi.cases.CasePlaces;
import org.gongzhi.cases.CaseTransition;
import org.gongzhi.cases.ResponsibleParty;
import org.gongzhi.cases.WorkOrder;
import org.gongzhi.cases.WorkOrders;
import org.gongzhi.patrol.PatrolOccurrence;
import org.gongzhi.patrol.PatrolRecords;
import org.gongzhi.patrol.PatrolSchedule;
import org.gongzhi.patrol.PatrolSchedules;
import org.gongzhi.patrol.record.AttendanceCandidate;
import org.gongzhi.patrol.record.AttendanceRole;
import org.gongzhi.patrol.record.AttendanceRoster;
import org.gongzhi.patrol.record.PatrolFindingInput;
import org.gongzhi.patrol.record.PatrolFindings;
import org.gongzhi.patrol.record.PatrolRecord;
import org.gongzhi.patrol.record.PatrolRecordCheck;
import org.gongzhi.patrol.record.PatrolRecordCheckStatus;
import org.gongzhi.shared.demo.DemoStep;

/**
 * In demo mode, after the demo cases (order 30): a year of patrol records of all 8 branches — 8 to 25 people
 * each, mostly the branch's volunteers and party members, many of them elderly; a study topic; the checklist;
 * 1–4 findings filed as cases, Swan Lake's among them. Each branch's latest patrol is left for its secretary
 * to record. Does nothing once any patrol record exists.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoPatrolRecords implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoPatrolRecords.class);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> TOPICS = List.of("学习《中华人民共和国民法典》物业管理相关条款",
            "学习党的二十届三中全会精神", "学习《上海市生活垃圾管理条例》", "消防安全与电动车充电安全知识",
            "学习《中国共产党党员教育管理工作条例》", "为老服务：防范电信诈骗");
    /** What patrols typically find on stairwells: category, description. */
    private static final List<String[]> STAIRWELL_FINDINGS = List.of(
            new String[] {"EBIKE_CHARGING", "楼道里有电动车飞线充电"},
            new String[] {"BROKEN_LIGHT", "楼道声控灯不亮，老人上下楼不安全"},
            new String[] {"LITTER", "楼道堆放纸箱和旧家具，堵住通道"},
            new String[] {"FIRE_LANE_BLOCKED", "楼前消防通道被私家车占用"},
            new String[] {"FACILITY_DAMAGE", "单元门门禁损坏，关不上"},
            new String[] {"WATER_PIPE", "一楼水管渗水，地面湿滑"});
    private static final List<String[]> SWAN_LAKE_FINDINGS = List.of(
            new String[] {"SWAN_LAKE", "有居民在湖边投喂天鹅面包，已劝导"},
            new String[] {"SWAN_LAKE", "湖面漂着塑料袋和饮料瓶"});
    private static final List<String[]> LANDMARK_FINDINGS = List.of(
            new String[] {"GREENERY", "绿化带杂草丛生，需要修剪"},
            new String[] {"FACILITY_DAMAGE", "健身器材螺丝松动"});

    private final JdbcClient jdbc;
    private final PatrolSchedules schedules;
    private final PatrolRecords records;
    private final PatrolFindings findings;
    private final AttendanceRoster roster;
    private final WorkOrders orders;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPatrolRecords(JdbcClient jdbc, PatrolSchedules schedules, PatrolRecords records, PatrolFindings findings,
            AttendanceRoster roster, WorkOrders orders, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.schedules = schedules;
        this.records = records;
        this.findings = findings;
        this.roster = roster;
        this.orders = orders;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from patrol_record").query(Long.class).single() > 0) {
                return;
            }
            jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                    .ifPresent(c -> {
                        int recorded = schedules.schedules(c).stream().mapToInt(b -> seed(b, 12)).sum();
                        log.info("Loaded {} demo patrol records in {} ms", recorded,
                                (System.nanoTime() - started) / 1_000_000);
                    });
            // the subdistrict's smaller communities: the last four months
            jdbc.sql("select id from register_community where code in ('LAITING', 'YUNRUN') order by id")
                    .query(Long.class).list()
                    .forEach(c -> schedules.schedules(c).forEach(b -> seed(b, 4)));
        });
    }

    private int seed(PatrolSchedule branch, int months) {
        LocalDate today = LocalDate.now(clock);
        List<PatrolOccurrence> held = schedules.between(branch.communityId(), Optional.of(branch.branchNumber()),
                        today.minusMonths(months), today).getFirst().occurrences().stream()
                .filter(o -> !o.cancelled() && !o.date().isAfter(today)).toList();
        Random random = new Random(20_260_000L + branch.branchNumber() + (months == 12 ? 0 : branch.communityId() * 100));
        CaseActor secretary = new CaseActor(null, null, branch.branchName());
        // read once per branch: who may attend and what there is to walk change little within a year
        List<AttendanceCandidate> members = roster.roster(branch, today, null);
        List<PatrolRecordCheck> items = records.checklist(branch, Optional.empty());
        for (PatrolOccurrence o : held.subList(0, Math.max(0, held.size() - 1))) {
            OffsetDateTime at = o.date().atTime(o.start().plusMinutes(o.durationMinutes())).atZone(SHANGHAI)
                    .toOffsetDateTime();
            PatrolRecord record = records.recordAfterwards(branch, o.date(), branch.branchName() + "书记", at,
                    TOPICS.get(o.date().getMonthValue() % TOPICS.size()), attendance(members, random),
                    checks(items, random));
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                finding(branch, record, items, random, secretary, at.minusMinutes(30 - i), today);
            }
        }
        return Math.max(0, held.size() - 1);
    }

    /** 8–25 people: volunteers of the branch first, then its elderly party members, the most faithful. */
    private static List<AttendanceCandidate> attendance(List<AttendanceCandidate> roster, Random random) {
        List<AttendanceCandidate> members = new ArrayList<>(roster);
        Collections.shuffle(members, random);
        members.sort(Comparator.comparing((AttendanceCandidate c) -> c.role() != AttendanceRole.VOLUNTEER)
                .thenComparing(c -> c.age() < 60));
        return members.subList(0, Math.min(members.size(), 8 + random.nextInt(18)));
    }

    private static Map<String, PatrolRecordCheckStatus> checks(List<PatrolRecordCheck> items, Random random) {
        Map<String, PatrolRecordCheckStatus> checks = new LinkedHashMap<>();
        for (PatrolRecordCheck item : items) {
            checks.put(item.key(), random.nextInt(8) == 0 ? PatrolRecordCheckStatus.PROBLEM : PatrolRecordCheckStatus.OK);
        }
        return checks;
    }

    /** One finding at a stairwell or landmark of the branch; findings over a month old were fixed and closed. */
    private void finding(PatrolSchedule branch, PatrolRecord record, List<PatrolRecordCheck> items, Random random,
            CaseActor secretary, OffsetDateTime at, LocalDate today) {
        PatrolRecordCheck item = items.get(random.nextInt(items.size()));
        boolean landmark = item.place().kind().name().equals("LANDMARK");
        List<String[]> kinds = !landmark ? STAIRWELL_FINDINGS
                : item.place().code().equals("SWAN_LAKE") ? SWAN_LAKE_FINDINGS : LANDMARK_FINDINGS;
        String[] what = kinds.get(random.nextInt(kinds.size()));
        PatrolFindingInput.Valid valid = new PatrolFindingInput(what[0], item.place().kind().name(),
                item.place().code(), List.of("LOW", "MEDIUM", "HIGH").get(random.nextInt(3)), what[1],
                new UUID(record.id(), at.toEpochSecond()).toString()).validate();
        CasePlaces.Located where = findings.placeInBranch(branch, valid.what());
        long caseId = findings.file(branch, record.patrolDate(), valid, where, null, secretary, "demo", at).caseId();
        if (record.patrolDate().isBefore(today.minusMonths(1))) {
            closeFixed(branch.communityId(), caseId, at);
        }
    }

    /** The whole loop in one save: accepted, dispatched to the property company, fixed and verified. */
    private void closeFixed(long community, long caseId, OffsetDateTime reported) {
        WorkOrder order = orders.get(community, caseId);
        order.apply(CaseTransition.of(CaseAction.ACCEPT), reported.plusHours(2));
        order.apply(new CaseTransition(CaseAction.DISPATCH, null, ResponsibleParty.PROPERTY_COMPANY, null, false),
                reported.plusHours(3));
        order.apply(CaseTransition.of(CaseAction.START), reported.plusHours(20));
        order.apply(new CaseTransition(CaseAction.HANDLE, "已处理完毕", null, null, true), reported.plusHours(40));
        order.apply(CaseTransition.of(CaseAction.VERIFY_PASS), reported.plusHours(60));
        orders.save(order, new CaseActor(null, null, "居委会"));
    }
}
