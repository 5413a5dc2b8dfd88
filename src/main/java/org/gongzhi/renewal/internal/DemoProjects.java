package org.gongzhi.renewal.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.voting.VoteQueries;

import org.gongzhi.deliberation.ConsensusPlan;
import org.gongzhi.deliberation.DemoTimeline;
import org.gongzhi.deliberation.FollowUp;
import org.gongzhi.deliberation.ProposalAction;
import org.gongzhi.deliberation.ProposalActor;
import org.gongzhi.deliberation.ProposalFilter;
import org.gongzhi.deliberation.ProposalHandling;
import org.gongzhi.deliberation.ProposalQueries;
import org.gongzhi.deliberation.ProposalState;
import org.gongzhi.deliberation.ProposalSummary;
import org.gongzhi.renewal.ProgressInput;
import org.gongzhi.renewal.ProjectAction;
import org.gongzhi.renewal.ProjectEvent;
import org.gongzhi.renewal.ProjectEventKind;
import org.gongzhi.renewal.ProjectPlan;
import org.gongzhi.renewal.ProjectState;
import org.gongzhi.renewal.ProjectHandling;
import org.gongzhi.renewal.ProjectKind;
import org.gongzhi.renewal.RenewalProject;
import org.gongzhi.renewal.SpendingInput;
import org.gongzhi.renewal.TargetInput;
import org.gongzhi.renewal.FundingLine;
import org.gongzhi.renewal.FundingLineInput;
import org.gongzhi.renewal.FundingLines;
import org.gongzhi.renewal.FundingSource;
import org.gongzhi.renewal.Projects;
import org.gongzhi.shared.demo.DemoStep;

/**
 * The article's micro-renewal: projects for the proposals already carried out (Swan Lake, the e-bike sheds, both
 * completed) or under way (the basketball court), the central garden once the owners adopted it, and projects
 * set up by hand: the south-district water pipes (70%: 1,260 of 1,800 metres laid), 300 public lights (of 300) and 4
 * landscape gardens (four completed sub-projects); the e-bike sheds count 5 of 5. Proposals that have already moved
 * are not moved again.
 */
@Component
@Order(65)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoProjects implements DemoStep {

    static final String WATER_PIPES = "南区地下自来水管道改造";
    private static final String GARDEN = "中心花园设施老旧，希望改造";
    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
    private static final Map<String, Story> STORIES = Map.of(
            "禁止投喂天鹅，设置告示牌和投喂点", new Story("湖边设置禁止投喂告示牌 6 块，设固定投喂点 1 处，由宠邻家志愿者定时定量投喂；打捞湖面漂浮物。",
                    860_000, "社区公益金", "居委会设计告示；物业制作安装；宠邻家志愿者值守投喂点", List.of(
                            new Bill(320_000, "奥园物业", "告示牌制作 6 块"),
                            new Bill(450_000, "园林绿化施工队", "投喂台和护栏"),
                            new Bill(80_000, "奥园物业", "安装人工"))),
            "增建电动自行车停车棚，杜绝楼道充电", new Story("新建 3 处、扩建 2 处电动自行车停车棚，每处配智能充电桩，楼道不再充电。",
                    42_000_000, "专项维修资金（业主表决）+ 街道补贴", "物业施工；业委会监督；居委会宣传楼道禁充", List.of(
                            new Bill(18_500_000, "钢结构车棚施工方", "车棚主体 5 处"),
                            new Bill(16_800_000, "充电设备供应商", "智能充电桩 120 个"),
                            new Bill(5_200_000, "电力安装队", "线路敷设和验收"))),
            "众筹改造篮球场", new Story("翻新篮球场地面，更换篮架篮筐，加装夜间照明；居民众筹一部分，物业和维修资金出一部分。",
                    15_000_000, "居民众筹 + 物业 + 专项维修资金", "爸爸兵团组织众筹；物业施工；业委会监督资金", List.of(
                            new Bill(6_200_000, "运动场地施工方", "地面铣刨和硅 PU 面层（首期）"),
                            new Bill(1_800_000, "体育器材供应商", "篮架两副"),
                            new Bill(2_600_000, "运动场地施工方", "硅 PU 面层（尾款）和划线"))));

    /** The title of the owners' vote that approved the pipes' use of the maintenance fund (voting's demo). */
    static final String PIPES_VOTE = "南区地下自来水管道改造使用专项维修资金";

    /** The article's sources of money, where the demo knows them; other projects get one line for their budget. */
    private static final Map<String, List<FundingLineInput.Line>> LINES = Map.of(
            WATER_PIPES, List.of(new FundingLineInput.Line(FundingSource.MAINTENANCE_FUND, "南区各楼专项维修资金",
                    238_000_000, null, 238_000_000L)),
            DemoCrowdfunding.COURT, List.of(
                    new FundingLineInput.Line(FundingSource.PROPERTY_COMPANY, "物业公共收益", 11_000_000, null, null),
                    new FundingLineInput.Line(FundingSource.CROWDFUNDING, "居民众筹（爸爸兵团组织）", 4_000_000, null, null)),
            "公共照明灯修复", List.of(new FundingLineInput.Line(FundingSource.PROPERTY_COMPANY, "物业费公共收益",
                    3_600_000, null, null)));

    /** What kind of work each demo project is, by its title. */
    private static final Map<String, ProjectKind> KINDS = Map.of("禁止投喂天鹅，设置告示牌和投喂点", ProjectKind.ENVIRONMENT,
            "增建电动自行车停车棚，杜绝楼道充电", ProjectKind.BIKE_SHED, "众筹改造篮球场", ProjectKind.SPORTS,
            WATER_PIPES, ProjectKind.PIPELINE, "公共照明灯修复", ProjectKind.LIGHTING, "景观花园改造 4 处", ProjectKind.GARDEN,
            GARDEN, ProjectKind.GARDEN);

    private final JdbcClient jdbc;
    private final Projects store;
    private final ProjectHandling projects;
    private final ProposalQueries proposalQueries;
    private final ProposalHandling proposals;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DemoTimeline timeline;
    private final FundingLines funding;
    private final VoteQueries votes;

    DemoProjects(JdbcClient jdbc, Projects store, ProjectHandling projects, ProposalQueries proposalQueries,
            ProposalHandling proposals, TransactionTemplate transaction, Clock clock, DemoTimeline timeline,
            FundingLines funding, VoteQueries votes) {
        this.funding = funding;
        this.votes = votes;
        this.jdbc = jdbc;
        this.store = store;
        this.projects = projects;
        this.proposalQueries = proposalQueries;
        this.proposals = proposals;
        this.transaction = transaction;
        this.clock = clock;
        this.timeline = timeline;
    }

    @Override
    public void load() {
        transaction.executeWithoutResult(status -> jdbc.sql("select id from register_community where code = 'AOYUAN'")
                .query(Long.class).optional().ifPresent(this::seed));
    }

    /** An adopted proposal's project starts and is about 40% done, as the garden's does once the owners adopt it. */
    void startAdopted(long community, long proposalId) {
        transaction.executeWithoutResult(status -> {
            long id = projects.openFor(community, proposalId);
            store.classify(community, id, ProjectKind.GARDEN);
            seeder(community).startGarden(id, proposalId);
        });
    }

    private Seeder seeder(long community) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        String staff = jdbc.sql("select display_name from identity_account where username = 'rc.staff'")
                .query(String.class).optional().orElse("居委会");
        return new Seeder(community, now, staff);
    }

    private void seed(long community) {
        Seeder seeder = seeder(community);
        for (ProposalState state : List.of(ProposalState.ADOPTED, ProposalState.IN_PROGRESS, ProposalState.DONE)) {
            for (ProposalSummary proposal : proposalQueries.list(community,
                    new ProposalFilter(state, null, null, null, 0, 100)).items()) {
                seeder.followUp(proposal);
            }
        }
        seeder.byHand(WATER_PIPES, "南区", new Story("更换南区地下老化铸铁自来水管道约 1.8 公里，分段施工、分段通水，施工期间每周公布进度。",
                238_000_000, "专项维修资金", "物业组织施工；业委会南区工作小组监督；居委会每周公示进度", List.of(
                        new Bill(60_000_000, "市政管道工程公司", "首期工程款"),
                        new Bill(70_000_000, "市政管道工程公司", "二期工程款"),
                        new Bill(35_000_000, "管材供应商", "球墨铸铁管材"))), 90, 70);
        seeder.byHand("公共照明灯修复", "全小区", new Story("排查并修复小区公共照明灯 300 盏，北区偏暗处增补。",
                3_600_000, "物业费公共收益", "物业维修；网格党支部巡查时登记坏灯", List.of(
                        new Bill(2_100_000, "照明维修公司", "灯具和光源"),
                        new Bill(1_350_000, "照明维修公司", "维修人工"))), 180, 100);
        seeder.byHand("景观花园改造 4 处", "东区、西区、北区", new Story("改造 4 处景观花园：补种花草、修整步道、增设座椅，“我的植物邻居”认养绿植。",
                9_800_000, "专项维修资金 + 社区公益金", "物业施工；居民志愿者认养养护；居委会组织验收", List.of(
                        new Bill(4_600_000, "园林绿化施工队", "苗木和土方"),
                        new Bill(5_500_000, "园林绿化施工队", "步道和座椅"))), 240, 100);
        KINDS.forEach((title, kind) -> store.byTitle(community, title)
                .ifPresent(id -> store.classify(community, id, kind)));
        seeder.target("公共照明灯修复", new TargetInput("修复路灯", "盏", 300L, 1), 300);
        seeder.target("增建电动自行车停车棚，杜绝楼道充电", new TargetInput("新建或扩建车棚", "座", 5L, 1), 5);
        seeder.target(WATER_PIPES, new TargetInput("铺设管道", "米", 1_800L, 1), 1_260);
        seeder.gardens("景观花园改造 4 处", List.of("东区樱花园", "西区桂花园", "北区百草园", "北区阳光草坪"));
        store.byTitle(community, "公共照明灯修复").filter(this::notYetAccepted)
                .ifPresent(id -> accepted(community, id, 30, 60, LIGHTS_COMMENTS));
        store.byTitle(community, DemoCrowdfunding.COURT).filter(this::notYetAccepted)
                .ifPresent(id -> accepted(community, id, 20, 140, COURT_COMMENTS));
        log.info("Loaded the demo micro-renewal projects");
    }

    private static final String[] LIGHTS_COMMENTS = {"北区 12 号楼前的路灯终于亮了，晚上散步安心多了", "修得快，物业师傅很负责",
        "地下车库入口那盏还是有点暗", "希望以后坏了也能这样及时修"};

    private static final String[] COURT_COMMENTS = {"新球场地面很好，孩子们周末都来打球", "自己出钱修的球场，大家都更爱护了",
        "夜间照明关得太早，九点就黑了", "账目每笔都公示了，下次众筹还参加"};

    private boolean notYetAccepted(long projectId) {
        return jdbc.sql("select count(*) from renewal_acceptance where project_id = ?").param(projectId)
                .query(Long.class).single() == 0;
    }

    /**
     * A finished project accepted by the whole community: a round that opened {@code daysAgo} days ago and closed two
     * weeks later, answered by that many households (the first ones of the register), most of
     * them satisfied; comments are: two first answers, the last's wish, the third's complaint of every unhappy one.
     */
    private void accepted(long community, long projectId, int daysAgo, int answers, String[] comments) {
        OffsetDateTime opened = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusDays(daysAgo);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into renewal_acceptance (community_id, project_id, round, area, places, opened_at, closes_on,
                pass_percent, state, closed_at) values (?, ?, 1, 'COMMUNITY', null, ?, ?, 80, 'ACCEPTED', ?)""")
                .params(community, projectId, opened, opened.plusDays(14).toLocalDate(), opened.plusDays(15))
                .update(key, "id");
        long round = key.getKey().longValue();
        List<long[]> households = jdbc.sql("""
                select h.id, min(r.id) from register_household h join register_resident r on r.household_id = h.id
                where h.community_id = ? and h.dissolved_on is null and r.moved_out is null and r.birth_date < ?
                group by h.id order by h.id limit ?""").params(community, opened.toLocalDate().minusYears(18), answers)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (int i = 0; i < households.size(); i++) {
            String verdict = i % 15 == 14 ? "NOT_SATISFIED" : i % 5 == 4 ? "BASICALLY_SATISFIED" : "SATISFIED";
            String comment = i % 15 == 14 ? comments[2] : i < 3 ? comments[i == 2 ? 3 : i] : null;
            jdbc.sql("""
                    insert into renewal_acceptance_answer (community_id, acceptance_id, household_id, resident_id,
                    verdict, comment, answered_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(community, round, households.get(i)[0], households.get(i)[1], verdict, comment,
                            opened.plusHours(2L + i * 5L)).update();
        }
    }

    /** Writes one story's rows, backdated: started some days ago, progress and payments spread over the work. */
    private final class Seeder {

        private final long community;
        private final OffsetDateTime now;
        private final String staff;

        Seeder(long community, OffsetDateTime now, String staff) {
            this.community = community;
            this.now = now;
            this.staff = staff;
        }

        void followUp(ProposalSummary proposal) {
            Long existing = store.forProposal(community, proposal.id()).orElse(null);
            boolean workOrder = proposalQueries.consensusPlan(community, proposal.id()).map(ConsensusPlan::followUp)
                    .orElse(FollowUp.PROJECT) == FollowUp.WORK_ORDER;
            if (workOrder) {
                return;
            }
            if (proposal.state() == ProposalState.ADOPTED) {
                long id = existing != null ? existing : projects.openFor(community, proposal.id());
                if (GARDEN.equals(proposal.title())) {
                    startGarden(id, proposal.id());
                }
                return;
            }
            if (existing != null) {
                return;
            }
            Story story = STORIES.getOrDefault(proposal.title(), new Story(null, 0, null, null, List.of()));
            boolean done = proposal.state() == ProposalState.DONE;
            long id = store.add(RenewalProject.planned(community, story.plan(proposal.title(),
                    placeOf(proposal)), proposal.id(), null, now.minusDays(done ? 120 : 60)), null);
            play(id, story, done ? 110 : 50, done ? 100 : 60);
        }

        void byHand(String title, String place, Story story, int daysAgo, int percent) {
            if (store.byTitle(community, title).isPresent()) {
                return;
            }
            long id = store.add(RenewalProject.planned(community, story.plan(title, place), null, null,
                    now.minusDays(daysAgo + 10)), staff);
            play(id, story, daysAgo, percent);
        }

        /** The project's measurable target with what is done of it, as the article counts it. */
        void target(String title, TargetInput target, long done) {
            store.byTitle(community, title).filter(id -> store.targets(id).isEmpty())
                    .ifPresent(id -> store.addTarget(community, id, target, done, now));
        }

        /** The four landscape gardens: sub-projects of the garden project, each completed; its progress rolls up. */
        void gardens(String title, List<String> gardens) {
            long parent = store.byTitle(community, title).orElseThrow();
            if (!store.childPercents(parent).isEmpty()) {
                return;
            }
            for (String garden : gardens) {
                long id = store.add(RenewalProject.planned(community, new ProjectPlan("景观花园改造：" + garden, null,
                        garden, 0, null, null), null, null, now.minusDays(250)).classified(ProjectKind.GARDEN), staff);
                store.setParent(community, id, parent);
                store.addTarget(community, id, new TargetInput("改造完成", null, 1L, 1), 1, now.minusDays(60));
                take(id, ProjectAction.START, now.minusDays(240));
                take(id, ProjectAction.COMPLETE, now.minusDays(60));
            }
        }

        /** The owners adopted the garden: its project starts and is about 40% done. */
        void startGarden(long id, long proposalId) {
            if (store.get(community, id).state() != ProjectState.PLANNED) {
                return;
            }
            take(id, ProjectAction.START, now.minusDays(12));
            proposals.followUpStarted(community, proposalId, new ProposalActor(null, null, staff), "微更新项目 #" + id
                    + " 开工");
            timeline.date(proposalId, ProposalAction.START_WORK, now.minusDays(12));
            progress(id, 8, 15, "儿童区围挡施工，旧滑梯已拆除");
            progress(id, 2, 40, "儿童区新滑梯和软质地面完成，开始更换座椅和凉亭");
            spend(id, new Pay(10, 4_800_000, "奥园物业施工队", "儿童区滑梯和软质地面"));
            spend(id, new Pay(3, 2_600_000, "园林设计工作室", "凉亭和座椅材料首付"));
        }

        /** Starts the work after {@code daysAgo} days, reports progress up to {@code percent}, pays the bills. */
        private void play(long id, Story story, int daysAgo, int percent) {
            take(id, ProjectAction.START, now.minusDays(daysAgo));
            int steps = percent == 100 ? 3 : 2;
            for (int i = 1; i <= steps; i++) {
                int p = percent == 100 && i == steps ? 100 : percent * i / steps;
                progress(id, daysAgo - daysAgo * i / (steps + 1), p, note(p));
            }
            List<Bill> bills = story.bills();
            for (int k = 0; k < bills.size(); k++) {
                Bill bill = bills.get(k);
                spend(id, new Pay(daysAgo - daysAgo * (k + 1) / (bills.size() + 2), bill.fen(), bill.payee(),
                        bill.purpose()));
            }
            if (percent == 100) {
                take(id, ProjectAction.COMPLETE, now.minusDays(daysAgo / 5));
            }
        }

        /** Starts or completes the work at {@code at}, with its entry in the project's history. */
        private void take(long id, ProjectAction action, OffsetDateTime at) {
            apply(id, p -> p.take(action, at), at);
            store.addEvent(community, id, new ProjectEvent(0, action == ProjectAction.START
                    ? ProjectEventKind.STARTED : ProjectEventKind.COMPLETED, at, staff, null, null, null, null, null,
                    null, null));
        }

        private void progress(long id, int daysAgo, int percent, String note) {
            OffsetDateTime at = now.minusDays(daysAgo);
            RenewalProject project = apply(id, p -> p.progress(percent), at);
            store.addProgress(project, new ProgressInput.Progress(at.toLocalDate(), percent, note), null, null, staff,
                    at);
        }

        /** Pays a bill from the first of the project's lines with room for it (the last one if none has). */
        private void spend(long id, Pay pay) {
            OffsetDateTime at = now.minusDays(pay.daysAgo());
            List<FundingLine> lines = linesOf(id);
            FundingLine line = lines.stream().filter(l -> l.remainingFen() >= pay.fen()).findFirst()
                    .orElse(lines.getLast());
            funding.spend(id, line.id(), pay.fen(), true);
            RenewalProject project = apply(id, p -> p.spend(pay.fen()), at);
            store.addSpending(project, new SpendingInput.Spending(at.toLocalDate(), pay.fen(), pay.payee(),
                    pay.purpose()), line.id(), null, null, false, staff, at);
        }

        /**
         * The project's funding lines, set up on first use: the article's sources where the demo knows them (the
         * pipes from the maintenance fund under the owners' vote), else one line for its budget, as migrated.
         */
        private List<FundingLine> linesOf(long id) {
            List<FundingLine> lines = funding.of(id);
            if (!lines.isEmpty()) {
                return lines;
            }
            RenewalProject project = store.get(community, id);
            ProjectPlan plan = project.plan();
            List<FundingLineInput.Line> planned = LINES.getOrDefault(plan.title(), List.of(new FundingLineInput.Line(
                    FundingSource.OTHER, plan.fundingSource(), plan.budgetFen(), null, null)));
            for (FundingLineInput.Line line : planned) {
                Long vote = line.source() == FundingSource.MAINTENANCE_FUND ? pipesVote() : null;
                FundingLineInput.Line kept = vote == null && line.source() == FundingSource.MAINTENANCE_FUND
                        ? new FundingLineInput.Line(FundingSource.OTHER, line.label(), line.amountFen(), null, null)
                        : new FundingLineInput.Line(line.source(), line.label(), line.amountFen(), vote,
                                line.voteApprovedFen());
                funding.add(community, id, kept, staff, project.createdAt());
            }
            return funding.of(id);
        }

        /** The owners' vote that approved the pipes' use of the maintenance fund, if the demo's votes are loaded. */
        private Long pipesVote() {
            return votes.list(community, false).stream().filter(v -> PIPES_VOTE.equals(v.title()))
                    .map(VoteQueries.VoteSummary::id).findFirst().orElse(null);
        }

        private RenewalProject apply(long id, Consumer<RenewalProject> change, OffsetDateTime at) {
            RenewalProject project = store.get(community, id);
            change.accept(project);
            store.save(project, at);
            return project;
        }

        private String placeOf(ProposalSummary proposal) {
            return switch (proposal.place().kind()) {
                case LANDMARK -> switch (proposal.place().code()) {
                    case "SWAN_LAKE" -> "天鹅湖";
                    case "BASKETBALL_COURT" -> "篮球场";
                    case "CENTRAL_GARDEN" -> "中心花园";
                    default -> proposal.place().code();
                };
                case COMMUNITY -> "全小区";
                default -> proposal.place().code();
            };
        }

        private static String note(int percent) {
            return percent == 100 ? "全部完工，居民代表参加验收" : percent >= 50 ? "主体施工过半，按计划推进" : "进场施工，材料到位";
        }
    }

    private record Story(String text, long budgetFen, String funding, String responsibilities, List<Bill> bills) {

        ProjectPlan plan(String title, String place) {
            return new ProjectPlan(title, text, place, budgetFen, funding, responsibilities);
        }
    }

    /** A bill of a story, paid while the work goes on. */
    private record Bill(long fen, String payee, String purpose) {
    }

    /** A payment on a given day. */
    private record Pay(int daysAgo, long fen, String payee, String purpose) {
    }
}
