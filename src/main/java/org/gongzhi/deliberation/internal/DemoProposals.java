package org.gongzhi.deliberation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalCategory;
import org.gongzhi.deliberation.ProposalPlace;
import org.gongzhi.deliberation.proposal.Proposal;
import org.gongzhi.deliberation.proposal.ProposalContent;
import org.gongzhi.deliberation.proposal.ProposalSettings;
import org.gongzhi.deliberation.proposal.Proposals;
import org.gongzhi.deliberation.proposal.Stance;
import org.gongzhi.identity.Accounts;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The article's proposals on the deliberation platform: the central garden (raised by an elderly resident, left on
 * the agenda for DemoMeetings to deliberate), Swan Lake (done), e-bike sheds, the crowdfunded basketball court, the
 * 宠邻家 pet covenant (on public notice now, open to objections), a few rejected and merged ones and about forty
 * ordinary ones, supported and discussed by demo residents. Every plan put on notice has its notice period.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoProposals implements DemoStep {

    static final String SWAN_LAKE_TITLE = "禁止投喂天鹅，设置告示牌和投喂点";
    static final String CENTRAL_GARDEN_TITLE = "中心花园设施老旧，希望改造";
    private static final Logger log = LoggerFactory.getLogger(DemoProposals.class);
    private static final LocalDate ADULT_BORN_BEFORE = LocalDate.of(2008, 11, 1);
    private static final LocalDate ELDERLY_BORN_BEFORE = LocalDate.of(1950, 1, 1);
    private static final List<Story> ORDINARY = List.of(
            new Story(ProposalCategory.ENVIRONMENT, "垃圾箱房周边异味大，建议增加清洗次数", "夏天垃圾箱房味道很重，建议物业每天冲洗一次。", "BUILDING:12"),
            new Story(ProposalCategory.ENVIRONMENT, "小区河道落叶多，希望定期打捞", "河面上漂着落叶和塑料袋，影响环境。", "COMMUNITY"),
            new Story(ProposalCategory.ENVIRONMENT, "建议设置旧衣物回收箱", "家里旧衣服不知道往哪里放，希望在南门附近设一个回收箱。", "LANDMARK:SOUTH_GATE"),
            new Story(ProposalCategory.ENVIRONMENT, "楼道堆物清理，建议定期集中清运", "不少楼道堆着旧家具，建议每季度集中清运一次。", "COMMUNITY"),
            new Story(ProposalCategory.FACILITIES, "单元门禁经常失灵，希望更换", "门禁时好时坏，老人进出不方便。", "BUILDING:3"),
            new Story(ProposalCategory.FACILITIES, "增加楼道扶手，方便老人上下楼", "多层住宅没有电梯，楼梯扶手不连续，老人上下楼很吃力。", "BUILDING:7"),
            new Story(ProposalCategory.FACILITIES, "北门增设休息座椅", "北门等车的老人多，没有地方坐。", "LANDMARK:NORTH_GATE"),
            new Story(ProposalCategory.FACILITIES, "健身器材老化，建议更新", "中心花园旁的健身器材生锈松动，存在安全隐患。", "COMMUNITY"),
            new Story(ProposalCategory.FACILITIES, "加装电梯意愿调查", "希望居委会牵头做一次加装电梯的意愿调查。", "BUILDING:15"),
            new Story(ProposalCategory.SAFETY, "南门人车分流，保障老人孩子安全", "南门早晚高峰车多人多，建议设置人行通道。", "LANDMARK:SOUTH_GATE"),
            new Story(ProposalCategory.SAFETY, "增加夜间巡逻，北区路灯偏暗", "北区晚上比较暗，希望增加巡逻和照明。", "COMMUNITY"),
            new Story(ProposalCategory.SAFETY, "楼道消防器材定期检查", "有些楼道的灭火器已经过期，建议定期检查并公示。", "COMMUNITY"),
            new Story(ProposalCategory.SAFETY, "高空抛物监控，建议加装摄像头", "最近有高空抛物，希望在楼下加装摄像头。", "BUILDING:21"),
            new Story(ProposalCategory.PARKING, "规范非机动车停放，划定停车线", "楼下自行车乱停，挡住了消防通道。", "COMMUNITY"),
            new Story(ProposalCategory.PARKING, "访客车辆停车难，建议设置临时车位", "亲友来访找不到地方停车。", "LANDMARK:NORTH_GATE"),
            new Story(ProposalCategory.PARKING, "消防通道禁止停车，加强管理", "消防通道常被私家车占用。", "COMMUNITY"),
            new Story(ProposalCategory.PARKING, "地下车库照明不足", "车库里很多灯不亮，开车不安全。", "COMMUNITY"),
            new Story(ProposalCategory.GREENERY, "绿化带补种花草", "几处绿化带的草皮秃了，建议补种。", "BUILDING:9"),
            new Story(ProposalCategory.GREENERY, "修剪遮挡阳光的大树", "楼前大树太高，低层住户常年晒不到太阳。", "BUILDING:5"),
            new Story(ProposalCategory.GREENERY, "我的植物邻居：开辟儿童种植角", "让孩子们认养植物，在花园里开辟一块种植角。", "LANDMARK:CENTRAL_GARDEN"),
            new Story(ProposalCategory.GREENERY, "天鹅湖边种植水生植物净化水质", "在湖边种些水生植物，帮助净化水质。", "LANDMARK:SWAN_LAKE"),
            new Story(ProposalCategory.PETS, "设置宠物便便箱", "遛狗的邻居多，希望在草坪边设置便便箱和取袋点。", "COMMUNITY"),
            new Story(ProposalCategory.PETS, "遛狗请牵绳，建议张贴提示", "有些狗不牵绳，孩子和老人很害怕。", "LANDMARK:CENTRAL_GARDEN"),
            new Story(ProposalCategory.PETS, "流浪猫绝育和投喂点管理", "小区流浪猫越来越多，建议组织绝育并固定投喂点。", "COMMUNITY"),
            new Story(ProposalCategory.ACTIVITIES, "暖心影院每月放一场老电影", "7890暖心屋的电影很受欢迎，希望每月固定一场。", "COMMUNITY"),
            new Story(ProposalCategory.ACTIVITIES, "爸爸兵团开设周末科学课", "请有专业的爸爸们给孩子讲讲科学。", "COMMUNITY"),
            new Story(ProposalCategory.ACTIVITIES, "组织邻里节百家宴", "一年一次邻里节，大家带一道菜。", "LANDMARK:CENTRAL_GARDEN"),
            new Story(ProposalCategory.ACTIVITIES, "暖心手机课增加微信支付教学", "老人学会了视频通话，还想学手机付款。", "COMMUNITY"),
            new Story(ProposalCategory.ACTIVITIES, "暑期青少年志愿服务岗", "暑假让孩子们到居委会做志愿者。", "COMMUNITY"),
            new Story(ProposalCategory.ACTIVITIES, "暖心生日会为高龄老人集体过生日", "每季度给八九十岁的老人集体过生日。", "COMMUNITY"),
            new Story(ProposalCategory.PROPERTY_MANAGEMENT, "物业费收支情况定期公示", "希望物业每季度公示收支。", "COMMUNITY"),
            new Story(ProposalCategory.PROPERTY_MANAGEMENT, "报修响应太慢，希望设定时限", "报修后常常几天没人来，希望明确响应时限。", "COMMUNITY"),
            new Story(ProposalCategory.PROPERTY_MANAGEMENT, "保洁频次公示并接受监督", "楼道保洁多久一次，希望贴出来。", "BUILDING:18"),
            new Story(ProposalCategory.PROPERTY_MANAGEMENT, "南区水管改造进度公开", "南区地下自来水管道工程进度希望每周公布。", "COMMUNITY"),
            new Story(ProposalCategory.OTHER, "宣传栏更新，增加大字版通知", "宣传栏字太小，老人看不清。", "LANDMARK:NORTH_GATE"),
            new Story(ProposalCategory.OTHER, "快递柜增设，解决快递堆放", "快递经常堆在门口，建议增加快递柜。", "LANDMARK:SOUTH_GATE"),
            new Story(ProposalCategory.OTHER, "社区智囊团招募专业人才", "请懂法律、建筑、财务的邻居加入智囊团。", "COMMUNITY"),
            new Story(ProposalCategory.OTHER, "南北业委会工作小组定期接待居民", "希望工作小组每月固定一天接待居民。", "COMMUNITY"),
            new Story(ProposalCategory.FACILITIES, "公共照明维修后增加节能灯", "修好的路灯希望换成节能灯。", "COMMUNITY"),
            new Story(ProposalCategory.ENVIRONMENT, "推行垃圾分类积分兑换", "分类做得好的家庭可以积分换日用品。", "COMMUNITY"));
    private static final List<String> COMMENTS = List.of("赞成，早就该做了", "同意，希望尽快落实", "费用谁来出？要先说清楚",
            "我家老人也很需要", "建议先听听楼里邻居的意见", "可以分步实施", "这个想法很好", "不太赞成，影响休息");

    private final JdbcClient jdbc;
    private final Proposals proposals;
    private final ProposalSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoProposalSteps steps;
    private final Accounts accounts;

    DemoProposals(JdbcClient jdbc, Proposals proposals, ProposalSettings settings,
            TransactionTemplate transaction, Clock clock, DemoProposalSteps steps, Accounts accounts) {
        this.accounts = accounts;
        this.steps = steps;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.settings = settings;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> {
            if (jdbc.sql("select count(*) from proposal").query(Long.class).single() > 0) {
                return;
            }
            jdbc.sql("select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                    .ifPresent(community -> {
                        new Seeding(community, "rc.staff", 20_261_127L).all();
                        log.info("Loaded the demo proposals");
                    });
            jdbc.sql("select id, code from register_community where code in ('LAITING', 'YUNRUN') order by id")
                    .query((rs, n) -> new Seeding(rs.getLong("id"),
                            "rc.staff." + rs.getString("code").toLowerCase(java.util.Locale.ROOT),
                            20_261_128L + rs.getLong("id")))
                    .list().forEach(Seeding::neighbourhood);
        });
    }

    /** One run of the seeding, with its own seeded randomness. */
    private final class Seeding {

        private final long community;
        private final Random random;
        private final OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        private final List<Neighbour> neighbours;
        private final ProposalActor rc;
        private final int threshold;

        Seeding(long community, String staff, long seed) {
            this.community = community;
            this.random = new Random(seed);
            this.neighbours = neighbours(ADULT_BORN_BEFORE, 400);
            this.rc = accounts.actor(staff).map(a -> new ProposalActor(a.accountId(), null, a.displayName()))
                    .orElse(new ProposalActor(null, null, "居委会"));
            this.threshold = settings.agendaThreshold(community);
        }

        void all() {
            Neighbour elder = neighbours(ELDERLY_BORN_BEFORE, 1).getFirst();
            long garden = raise(elder, new Story(ProposalCategory.FACILITIES, CENTRAL_GARDEN_TITLE,
                    "中心花园的座椅、凉亭和儿童滑梯都很旧了，地面坑洼，晚上灯光也暗。\n"
                            + "希望在社区议事平台上大家一起商量，把花园改造成老人能休息、孩子能玩耍的地方。",
                    "LANDMARK:CENTRAL_GARDEN"), 75, 120, 14);
            long swan = raise(neighbour(), new Story(ProposalCategory.ENVIRONMENT, SWAN_LAKE_TITLE,
                    "有居民投喂天鹅，剩余面包沉进湖里，湖水发臭变绿。\n建议禁止随意投喂，在湖边设置告示牌，并设固定投喂点由志愿者定时定量投喂。",
                    "LANDMARK:SWAN_LAKE"), 300, 86, 10);
            long sheds = raise(neighbour(), new Story(ProposalCategory.SAFETY, "增建电动自行车停车棚，杜绝楼道充电",
                    "电动车在楼道里充电太危险，希望增建和扩建停车棚，配上充电桩。", "COMMUNITY"), 250, 74, 8);
            long court = raise(neighbour(), new Story(ProposalCategory.FACILITIES, "众筹改造篮球场",
                    "篮球场地面开裂、篮筐生锈。建议大家众筹一部分，物业和维修资金出一部分，把球场翻新。",
                    "LANDMARK:BASKETBALL_COURT"), 150, 63, 9);
            long pets = raise(neighbour(), new Story(ProposalCategory.PETS, "宠邻家：制定文明养宠公约",
                    "宠邻家志愿者已经做了宠物普查，建议据此制定小区文明养宠公约：牵绳、清理粪便、按时免疫登记。",
                    "COMMUNITY"), 120, 58, 7);
            merge(raise(neighbour(), new Story(ProposalCategory.FACILITIES, "中心花园滑梯坏了，孩子没地方玩",
                    "滑梯断了一块，希望修好。", "LANDMARK:CENTRAL_GARDEN"), 70, 6, 1), garden, 65);
            merge(raise(neighbour(), new Story(ProposalCategory.ENVIRONMENT, "天鹅湖水发绿，别再投喂了",
                    "湖水越来越绿，请大家不要投喂。", "LANDMARK:SWAN_LAKE"), 290, 4, 1), swan, 285);
            reject(raise(neighbour(), new Story(ProposalCategory.PARKING, "把中心花园改成收费停车场",
                    "车位太紧张，把花园改成停车场。", "LANDMARK:CENTRAL_GARDEN"), 170, 3, 3), 165,
                    "公共绿地不能改变用途，停车问题另行讨论");
            reject(raise(neighbour(), new Story(ProposalCategory.PROPERTY_MANAGEMENT, "免除全体业主物业费",
                    "物业服务不好，建议不交物业费。", "COMMUNITY"), 90, 2, 2), 88,
                    "物业费依合同收取，服务问题请通过报修和业委会反映");
            agenda(garden, 55, "居委会议事厅 四方议事会");
            // the garden stays on the agenda: DemoMeetings deliberates it at a meeting with the four parties
            advance(swan, 280, "月度议事会", ProposalAction.DELIBERATE, ProposalAction.PUT_ON_NOTICE,
                    ProposalAction.OPEN_DECISION, ProposalAction.ADOPT, ProposalAction.START_WORK, ProposalAction.COMPLETE);
            advance(sheds, 240, "月度议事会", ProposalAction.DELIBERATE, ProposalAction.PUT_ON_NOTICE,
                    ProposalAction.OPEN_DECISION, ProposalAction.ADOPT, ProposalAction.START_WORK, ProposalAction.COMPLETE);
            // the court was renewed with the money the residents raised, and they accepted the work
            advance(court, 140, "月度议事会", ProposalAction.DELIBERATE, ProposalAction.PUT_ON_NOTICE,
                    ProposalAction.OPEN_DECISION, ProposalAction.ADOPT, ProposalAction.START_WORK, ProposalAction.COMPLETE);
            // swan's plan was on notice from 260 to 253 days ago
            steps.objection(community, swan, neighbours.get(3).id(), "投喂点设在北岸，会不会把天鹅都引到我们楼下？",
                    now.minusDays(258), "投喂点设在离住宅最远的东侧小桥边，由志愿者定时定量投喂，不会影响楼下。",
                    now.minusDays(257), rc);
            // the pets covenant is on notice now, so demo residents can still object to it
            agenda(pets, 30, "宠邻家专题议事会");
            step(pets, 9, ProposalAction.DELIBERATE, null);
            step(pets, 2, ProposalAction.PUT_ON_NOTICE, null);
            for (int i = 0; i < ORDINARY.size(); i++) {
                long id = raise(neighbour(), ORDINARY.get(i), 2 + random.nextInt(80), random.nextInt(Math.max(1, threshold - 5)),
                        random.nextInt(6));
                if (i % 8 == 0) {
                    agenda(id, 1, "月度议事会");
                }
            }
            demoResident(swan);
        }

        /**
         * A smaller community of the subdistrict over the last four months: a few everyday proposals with their
         * supporters and comments, one of them taken onto the agenda of the monthly meeting.
         */
        void neighbourhood() {
            List<Story> anywhere = ORDINARY.stream().filter(story -> story.place().equals("COMMUNITY")).toList();
            int stories = 2 + (int) (community % 3);
            for (int i = 0; i < stories; i++) {
                long id = raise(neighbour(), anywhere.get((int) ((community * 5 + i) % anywhere.size())),
                        5 + random.nextInt(110), random.nextInt(Math.max(1, threshold + 3)), random.nextInt(4));
                if (i == 0) {
                    agenda(id, 3, "月度议事会");
                }
            }
        }

        /** The demo account "resident" keeps one draft and follows the Swan Lake proposal. */
        private void demoResident(long swan) {
            accounts.actor("resident").map(a -> new Neighbour(a.residentId() == null ? 0 : a.residentId(),
                    a.displayName())).ifPresent(me -> {
                        Proposal draft = Proposal.draft(community, me.id(), ProposalContent.parse(
                                "楼道里加装声控灯", "晚上楼道太黑，想请物业装声控灯。", "FACILITIES"),
                                ProposalPlace.parse("BUILDING:1"), now.minusDays(1));
                        proposals.add(draft, new ProposalActor(null, me.id(), me.name()));
                        proposals.follow(community, swan, me.id(), now.minusDays(250));
                    });
        }

        private long raise(Neighbour author, Story story, int daysAgo, int supports, int comments) {
            OffsetDateTime at = now.minusDays(daysAgo);
            ProposalActor who = new ProposalActor(null, author.id(), author.name());
            long id = proposals.add(Proposal.draft(community, author.id(),
                    ProposalContent.parse(story.title(), story.description(), story.category().name()),
                    ProposalPlace.parse(story.place()), at), who);
            Proposal proposal = proposals.get(community, id);
            proposal.submit(author.id(), threshold, at.plusMinutes(10));
            proposals.save(proposal, who, at.plusMinutes(10));
            for (int i = 0; i < supports; i++) {
                Neighbour n = neighbours.get((int) ((id * 7 + i) % neighbours.size()));
                if (n.id() != author.id()) {
                    proposals.addSupport(community, id, n.id(), at.plusHours(1 + i));
                }
            }
            for (int i = 0; i < comments; i++) {
                Neighbour n = neighbour();
                proposals.addComment(community, id, null, n.id(), n.name(), Stance.values()[random.nextInt(3)],
                        COMMENTS.get(random.nextInt(COMMENTS.size())), at.plusHours(2 + i * 5L));
            }
            return id;
        }

        private void merge(long id, long target, int daysAgo) {
            Proposal proposal = proposals.get(community, id);
            Proposal into = proposals.get(community, target);
            OffsetDateTime at = now.minusDays(daysAgo);
            proposal.mergeInto(into, "与 #" + target + " 是同一件事", at);
            proposals.save(proposal, rc, at);
            proposals.moveSupportersAndFollowers(community, id, target, proposal.authorResidentId(),
                    into.authorResidentId(), at);
        }

        private void reject(long id, int daysAgo, String reason) {
            Proposal proposal = proposals.get(community, id);
            proposal.reject(reason, now.minusDays(daysAgo));
            proposals.save(proposal, rc, now.minusDays(daysAgo));
        }

        private void agenda(long id, int daysAgo, String meeting) {
            Proposal proposal = proposals.get(community, id);
            proposal.putOnAgenda(meeting, null, now.minusDays(daysAgo));
            proposals.save(proposal, rc, now.minusDays(daysAgo));
        }

        private void step(long id, int daysAgo, ProposalAction action, String reason) {
            steps.takeStep(community, id, action, reason, rc, now.minusDays(daysAgo));
        }

        /** On the agenda, then one step every ten days. */
        private void advance(long id, int daysAgo, String meeting, ProposalAction... steps) {
            agenda(id, daysAgo, meeting);
            for (int i = 0; i < steps.length; i++) {
                step(id, daysAgo - 10 * (i + 1), steps[i], null);
            }
        }

        private Neighbour neighbour() {
            return neighbours.get(random.nextInt(neighbours.size()));
        }

        /** Adults living in the estate, named as the platform shows them: surname, a star and their building. */
        private List<Neighbour> neighbours(LocalDate bornBefore, int count) {
            return jdbc.sql("""
                    select r.id, r.name, s.building_number from register_resident r
                    join register_stairwell s on s.id = r.stairwell_id
                    where r.community_id = ? and r.moved_out is null and r.birth_date < ?
                    order by r.id limit ?""")
                    .params(community, bornBefore, count)
                    .query((rs, n) -> new Neighbour(rs.getLong("id"),
                            rs.getString("name").charAt(0) + "* · " + rs.getInt("building_number") + "号楼"))
                    .list();
        }
    }

    private record Story(ProposalCategory category, String title, String description, String place) {
    }

    private record Neighbour(long id, String name) {
    }
}
