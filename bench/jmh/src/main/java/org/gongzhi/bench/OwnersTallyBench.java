package org.gongzhi.bench;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.gongzhi.shared.security.Actor;
import org.gongzhi.voting.VoteDraft;
import org.gongzhi.voting.VoteKind;
import org.gongzhi.voting.VoteResult;
import org.gongzhi.voting.VoteScope;
import org.gongzhi.voting.Voting;
import org.gongzhi.voting.ballot.Answer;
import org.gongzhi.voting.ballot.BallotChannel;
import org.gongzhi.voting.ballot.BallotEntry;
import org.gongzhi.voting.ballot.Ballots;
import org.gongzhi.voting.electorate.ElectorateQueries;
import org.gongzhi.voting.electorate.ElectorateQueries.ElectorArea;
import org.gongzhi.voting.tally.MatterItem;
import org.gongzhi.voting.tally.Recount;
import org.gongzhi.voting.tally.Tallies;
import org.gongzhi.voting.vote.Vote;

/**
 * 民法典 第278条 over the whole Aoyuan community: an owners' vote on every owner of the register, 80 % of them voting.
 * {@code liveTally} is what the vote page computes (four grouped SQL statements, then the integer arithmetic of
 * {@code StatutoryTally}); {@code javaTally} is the same count done ballot by ballot in Java by {@code Recount}
 * from rows already read; {@code recountWithReads} adds the two reads of the ballots and the electorate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OwnersTallyBench {

    private ConfigurableApplicationContext context;
    private Ballots ballots;
    private ElectorateQueries electorate;
    private Vote vote;
    private VoteResult stored;
    private List<ElectorArea> areas;
    private List<Ballots.CountedBallot> counted;
    private Set<Long> delivered;
    private long community;

    @Setup(Level.Trial)
    public void setUp() {
        context = DemoApp.start("bench-tally");
        community = DemoApp.aoyuan(context);
        Actor staff = DemoApp.staff(community);
        Voting voting = context.getBean(Voting.class);
        ballots = context.getBean(Ballots.class);
        electorate = context.getBean(ElectorateQueries.class);
        long id = voting.create(staff, new VoteDraft(VoteKind.OWNERS, "全体业主表决（基准测试）", "基准测试用的全体业主表决。",
                MatterItem.MAINTENANCE_FUND_USE.number(), null, null, null, List.of(), null, null, null,
                VoteScope.Kind.COMMUNITY, Set.of(), false, false, false)
                .closingAt(OffsetDateTime.now().plusDays(10)));
        voting.open(staff, id);
        List<Long> electors = context.getBean(JdbcClient.class)
                .sql("select id from vote_elector where vote_id = ? order by id").param(id).query(Long.class).list();
        Random random = new Random(278);
        Map<Long, BallotEntry> entries = new LinkedHashMap<>();
        for (long elector : electors) {
            int roll = random.nextInt(100);
            if (roll < 80) {
                Answer answer = roll < 60 ? Answer.AGREE : roll < 70 ? Answer.DISAGREE : Answer.ABSTAIN;
                entries.put(elector, new BallotEntry(answer, Set.of(), BallotChannel.PAPER,
                        "表决票 第" + (entries.size() + 1) + "号", null, null));
            }
        }
        voting.enterAll(staff, id, entries);
        vote = voting.visible(staff, id);
        stored = liveTally();
        areas = electorate.areas(community, id);
        counted = ballots.counted(community, id);
        delivered = ballots.delivered(community, id);
        System.out.printf("%n[tally] electors %d, ballots %d, outcome %s%n", electors.size(), counted.size(),
                stored.outcome());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public VoteResult liveTally() {
        return Tallies.of(vote.setUp(), ballots.counts(community, vote.id()), vote.setUp().silenceClause());
    }

    @Benchmark
    public Recount javaTally() {
        return Recount.of(vote.setUp(), stored, areas, counted, delivered);
    }

    @Benchmark
    public Recount recountWithReads() {
        return Recount.of(vote.setUp(), stored, electorate.areas(community, vote.id()), ballots.counted(community, vote.id()),
                ballots.delivered(community, vote.id()));
    }
}
