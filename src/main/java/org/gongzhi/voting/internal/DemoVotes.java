package org.gongzhi.voting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzhi.shared.demo.DemoStep;
import org.gongzhi.shared.demo.EventsDelivered;
import org.gongzhi.shared.security.Actor;
import org.gongzhi.shared.security.Role;
import org.gongzhi.shared.security.RoleGrant;
import org.gongzhi.voting.ChoiceType;
import org.gongzhi.voting.DecidedProposals;
import org.gongzhi.voting.ElectorBasis;
import org.gongzhi.voting.StatutoryMajority.Comparison;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.tally.MatterItem;

/**
 * The demo votes: the South zone owners' decision to use the maintenance fund for the underground water pipes
 * (closed, passed, notice published), the central-garden renewal plan in the grids around the garden, which decides
 * the central-garden proposal (ran for two weeks and closed two weeks ago, so the proposal was adopted then), and two open
 * votes — where to put the Swan Lake feeding station, and a North zone owners' vote taking paper ballots — which close
 * a week and ten days from now at 18:00. The closed votes closed at their closing time.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "gongzhi.demo.enabled", havingValue = "true")
class DemoVotes implements DemoStep {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DemoVotes.class);
    private static final String GARDEN_PROPOSAL = "中心花园设施老旧，希望改造";
    private static final int GARDEN_DRAFTED_DAYS_AGO = 29;
    private static final int GARDEN_OPENED_DAYS_AGO = 28;
    private static final int GARDEN_RAN_DAYS = 14;
    private static final int LAKE_CLOSES_IN_DAYS = 7;
    private static final int SHEDS_CLOSE_IN_DAYS = 10;
    private static final int CLOSING_HOUR = 18;
    /** How long the pipes vote was open before it closed: a day, well over the minimum period. */
    private static final Duration PIPES_RAN = Duration.ofDays(1);
    private static final Duration DRAFTED_BEFORE_OPENING = Duration.ofHours(1);

    static final String PIPES = "南区地下自来水管道改造使用专项维修资金";
    static final String GARDEN = "中心花园微更新方案";
    static final String LAKE = "天鹅湖投喂点选址";
    static final String SHEDS = "北区增设电动自行车充电棚";
    /** The titles of the demo's votes, for tests that look at them. */
    static final List<String> TITLES = List.of(PIPES, GARDEN, LAKE, SHEDS);

    private final JdbcClient jdbc;
    private final Voting voting;
    private final TransactionTemplate transaction;
    private final EventsDelivered events;
    private final Clock clock;
    private final ObjectProvider<DecidedProposals> proposals;

    DemoVotes(JdbcClient jdbc, Voting voting, TransactionTemplate transaction, EventsDelivered events, Clock clock,
            ObjectProvider<DecidedProposals> proposals) {
        this.proposals = proposals;
        this.events = events;
        this.jdbc = jdbc;
        this.voting = voting;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void load() {
        Optional<Seeding> seeded = transaction.execute(status -> jdbc.sql(
                        "select id from register_community where code = 'AOYUAN'").query(Long.class).optional()
                .filter(c -> jdbc.sql("select count(*) from vote where community_id = ?").param(c)
                        .query(Long.class).single() == 0)
                .map(community -> {
                    long started = System.nanoTime();
                    Seeding seeding = new Seeding(community);
                    seeding.all();
                    log.info("Loaded the demo votes in {} ms", (System.nanoTime() - started) / 1_000_000);
                    return seeding;
                }));
        transaction.executeWithoutResult(status -> jdbc.sql("""
                select c.id from register_community c where c.code in ('LAITING', 'YUNRUN')
                and not exists (select 1 from vote v where v.community_id = c.id) order by c.id""")
                .query(Long.class).list().forEach(community -> new Seeding(community, 20_260_602L + community)
                        .neighbourhood((int) (25 + community % 2 * 30))));
        if (seeded != null && seeded.isPresent()) {
            // the garden's close adopts its proposal once committed; the next steps tell what followed
            events.await();
        }
    }

    /** One run of the seeding, with its own seeded randomness. */
    private final class Seeding {

        private final long community;
        private final Actor staff;
        private final Random random;

        Seeding(long community) {
            this(community, 20_260_601L);
        }

        Seeding(long community, long seed) {
            this.community = community;
            this.random = new Random(seed);
            this.staff = new Actor(0, "rc.staff", "居委会", community, null, false,
                    Set.of(RoleGrant.communityWide(Role.RC_STAFF)));
        }

        void all() {
            long pipes = voting.create(staff, owners(PIPES,
                    "南区地下自来水管道老化漏水，拟使用南区各楼专项维修资金进行改造，由物业公司组织施工，业委会南区工作小组监督。",
                    MatterItem.MAINTENANCE_FUND_USE, zoneBuildings("S")).closingAt(closingIn(1)));
            run(pipes, 70, 86);
            closeAndPublish(pipes);
            openedBeforeItClosed(pipes);
            long garden = voting.create(staff, new VoteDraft(VoteKind.RESIDENTS, GARDEN,
                    "中心花园改造方案（增设休息座椅、儿童活动区和“我的植物邻居”种植角），请花园周边三个网格的各户表决。",
                    null, ElectorBasis.HOUSEHOLD, ChoiceType.AGREE_DISAGREE_ABSTAIN, null, List.of(), 500,
                    Comparison.MORE_THAN, 200, VoteScope.Kind.GRIDS, gardenGrids(), false, false, false)
                    .deciding(gardenProposal().orElse(null)).closingAt(closingIn(1)));
            run(garden, 45, 80);
            closeAndPublish(garden);
            backdate(garden);
            long lake = voting.create(staff, new VoteDraft(VoteKind.RESIDENTS, LAKE,
                    "为保护天鹅湖水质，湖边设一处定点科学投喂点，其余地方不再投喂。请选择投喂点的位置。", null,
                    ElectorBasis.ADULT, ChoiceType.SINGLE, null, List.of("北岸亲水平台", "东侧小桥边", "南岸草坪"), null,
                    null, null, VoteScope.Kind.COMMUNITY, Set.of(), false, false, false)
                    .closingAt(closingIn(LAKE_CLOSES_IN_DAYS)));
            run(lake, 2, 0);
            long sheds = voting.create(staff, owners(SHEDS,
                    "利用北区绿地边角的共有部分增设两处电动自行车集中充电棚，杜绝楼道飞线充电。",
                    MatterItem.COMMON_PARTS_CHANGE_OF_USE, zoneBuildings("N"))
                    .closingAt(closingIn(SHEDS_CLOSE_IN_DAYS)));
            run(sheds, 12, 90);
        }

        /** A smaller community of the subdistrict: one residents' vote running, about {@code turnout}% voted. */
        void neighbourhood(int turnout) {
            long vote = voting.create(staff, new VoteDraft(VoteKind.RESIDENTS, "楼道照明改为声控节能灯",
                    "将各楼道的照明更换为声控节能灯，费用由公共收益列支，请各户表决。", null, ElectorBasis.HOUSEHOLD,
                    ChoiceType.AGREE_DISAGREE_ABSTAIN, null, List.of(), 500, Comparison.MORE_THAN, 200,
                    VoteScope.Kind.COMMUNITY, Set.of(), false, false, false).closingAt(closingIn(10)));
            run(vote, turnout, 80);
        }

        /** 18:00 Shanghai time, so many days from today. */
        private OffsetDateTime closingIn(int days) {
            return OffsetDateTime.now(clock).atZoneSameInstant(SHANGHAI).toLocalDate().plusDays(days)
                    .atTime(CLOSING_HOUR, 0).atZone(SHANGHAI).toOffsetDateTime();
        }

        private VoteDraft owners(String title, String description, MatterItem item, Set<Long> buildings) {
            return new VoteDraft(VoteKind.OWNERS, title, description, item.number(), null, null, null, List.of(),
                    null, null, null, VoteScope.Kind.BUILDINGS, buildings, false, false, false);
        }

        /** Opens the vote and lets about {@code turnout}% vote ({@code agree}% of them for it). */
        private void run(long vote, int turnout, int agree) {
            voting.open(staff, vote);
            List<Long> electors = jdbc.sql("""
                    select e.id from vote_elector e where e.vote_id = ? and not exists (select 1 from vote_elector_member m
                        where m.elector_id = e.id and m.resident_id in (select resident_id from identity_account
                        where resident_id is not null)) order by e.id""").param(vote).query(Long.class).list();
            Map<Long, BallotEntry> stack = new LinkedHashMap<>();
            for (long elector : electors) {
                if (random.nextInt(100) < turnout) {
                    stack.put(elector, ballot(agree, stack.size() + 1));
                }
            }
            voting.enterAll(staff, vote, stack);
        }

        /**
         * The pipes vote is opened, filled and closed in one go; like a vote a person opens, it must have been open
         * for at least {@link VoteDraft#MIN_PERIOD}. So its opening (and drafting) is moved back, its close and
         * everything shown of it after the close stay, and its closing time is the time it closed.
         */
        private void openedBeforeItClosed(long vote) {
            OffsetDateTime closed = jdbc.sql("select closed_at from vote where id = ?").param(vote)
                    .query(OffsetDateTime.class).single();
            OffsetDateTime opened = closed.minus(PIPES_RAN);
            jdbc.sql("update vote set created_at = ?, opened_at = ?, opened_on = ?, closes_at = closed_at where id = ?")
                    .params(opened.minus(DRAFTED_BEFORE_OPENING), opened,
                            opened.atZoneSameInstant(SHANGHAI).toLocalDate(), vote)
                    .update();
        }

        /** Closing the garden vote adopts the garden proposal through VoteClosed, once the close has committed. */
        private void closeAndPublish(long vote) {
            // the demo's closed votes closed at their closing time; one whose count shows cannot close before it
            jdbc.sql("update vote set closes_at = ? where id = ?")
                    .params(OffsetDateTime.now(clock).minusSeconds(1), vote).update();
            voting.close(staff, vote);
            voting.publish(staff, vote);
        }

        /** The garden proposal, put to the residents' decision by DemoMeetings; the vote names it by id only. */
        private Optional<Long> gardenProposal() {
            return Optional.ofNullable(proposals.getIfAvailable())
                    .flatMap(p -> p.awaitingDecision(community, GARDEN_PROPOSAL)).map(DecidedProposals.Subject::id);
        }

        /**
         * The garden vote was drafted after the decision opened, ran for two weeks with ballots coming in daily and
         * closed two weeks ago; its close adopted the proposal then, so the project could start since.
         */
        private void backdate(long vote) {
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            OffsetDateTime opened = now.minusDays(GARDEN_OPENED_DAYS_AGO).withHour(9).withMinute(0);
            OffsetDateTime closed = opened.plusDays(GARDEN_RAN_DAYS).withHour(18);
            jdbc.sql("update vote set created_at = ?, opened_at = ?, opened_on = ?, closed_at = ?, published_at = ?, "
                    + "closes_at = ? where id = ?").params(now.minusDays(GARDEN_DRAFTED_DAYS_AGO), opened,
                            opened.toLocalDate(), closed, closed.plusHours(1), closed, vote).update();
            for (int day = 0; day < GARDEN_RAN_DAYS; day++) {
                jdbc.sql("update ballot set cast_at = ? where vote_id = ? and mod(id, ?) = ?")
                        .params(opened.plusDays(day).plusHours(1 + day % 9), vote, GARDEN_RAN_DAYS, day)
                        .update();
            }
        }

        private BallotEntry ballot(int agree, int sheet) {
            int roll = random.nextInt(100);
            BallotChannel channel = sheet % 7 == 0 ? BallotChannel.DOOR_TO_DOOR : BallotChannel.PAPER;
            String evidence = "表决票 第" + sheet + "号";
            if (agree == 0) {
                return new BallotEntry(null, Set.of(1 + (roll < 55 ? 0 : roll < 80 ? 1 : 2)), channel, evidence, null,
                        null);
            }
            Answer answer = roll < agree ? Answer.AGREE : roll < agree + (100 - agree) / 2 ? Answer.DISAGREE
                    : Answer.ABSTAIN;
            return new BallotEntry(answer, Set.of(), channel, evidence, null, null);
        }

        private Set<Long> gardenGrids() {
            return Set.copyOf(jdbc.sql("select id from register_grid where community_id = ? and number in (6, 7, 8)")
                    .param(community).query(Long.class).list());
        }

        private Set<Long> zoneBuildings(String zone) {
            return Set.copyOf(jdbc.sql("""
                    select b.id from register_building b join register_zone z on z.id = b.zone_id
                    where z.community_id = ? and z.code = ?""")
                    .params(community, zone).query(Long.class).list());
        }
    }
}
